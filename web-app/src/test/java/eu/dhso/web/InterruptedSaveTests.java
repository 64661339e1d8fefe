package eu.dhso.web;

import java.util.Map;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Saves that fail half-way leave nothing behind, and concurrent editors never overwrite
 * each other silently.
 */
@ObservatoryTest
class InterruptedSaveTests {

	static final String PROBE = "Rollback probe";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCaseWhoseSaveFailsHalfWayLeavesNoRowsBehind() throws Exception {
		// The database fails the save after the case row is written, as a crash mid-save
		// would.
		this.jdbc.execute("""
				create or replace function cases.fail_rollback_probe() returns trigger language plpgsql as $$
				begin
				  if exists (select 1 from cases.interview_case where id = new.case_id and title like 'Rollback probe%')
				  then raise exception 'injected failure'; end if;
				  return new;
				end $$""");
		this.jdbc.execute("create trigger fail_rollback_probe after insert on cases.case_technology"
				+ " for each row execute function cases.fail_rollback_probe()");
		Integer casesBefore = this.jdbc.queryForObject("select count(*) from cases.interview_case", Integer.class);
		Integer transitionsBefore = this.jdbc.queryForObject("select count(*) from cases.case_transition",
				Integer.class);
		try {
			Throwable failure = catchThrowable(() -> this.mvc
				.perform(post("/cases/my").with(demo("partner"))
					.with(csrf())
					.param("title", PROBE + " " + System.nanoTime())
					.param("summary", "Half-written")
					.param("technologies", "TELEHEALTH")
					.param("professions", "NURSE")
					.param("careSetting", "HOME_CARE")
					.param("periodStart", "2024-02-01")
					.param("stage", "PILOT"))
				.andReturn());
			assertThat(failure).as("the injected failure reached the save").isNotNull();
		}
		finally {
			this.jdbc.execute("drop trigger fail_rollback_probe on cases.case_technology");
			this.jdbc.execute("drop function cases.fail_rollback_probe()");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from cases.interview_case where title like ?",
				Integer.class, PROBE + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from cases.interview_case", Integer.class))
			.isEqualTo(casesBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from cases.case_transition", Integer.class))
			.isEqualTo(transitionsBefore);
	}

	@Test
	void aSecondEditorSavingAStaleRoleProfileGets409AndKeepsTheirLevels() throws Exception {
		Document form = Jsoup.parse(this.mvc.perform(get("/skills/profiles/ALLIED_HEALTH/edit").with(demo("editor")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String version = form.selectFirst("input[name=version]").val();
		Map<String, String> first = levels(form, "2");
		Map<String, String> second = levels(form, "3");
		assertThat(this.mvc.perform(save(version, first).with(demo("editor"))).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		var conflict = this.mvc.perform(save(version, second).with(demo("admin"))).andReturn().getResponse();
		assertThat(conflict.getStatus()).isEqualTo(409);
		Document kept = Jsoup.parse(conflict.getContentAsString());
		assertThat(kept.select("select[name^=levels] option[selected]").eachAttr("value")).isNotEmpty()
			.containsOnly("3");
	}

	private static Map<String, String> levels(Document form, String level) {
		return form.select("select[name^=levels]")
			.stream()
			.collect(Collectors.toMap((select) -> select.attr("name"), (select) -> level));
	}

	private static MockHttpServletRequestBuilder save(String version, Map<String, String> levels) {
		MockHttpServletRequestBuilder save = post("/skills/profiles/ALLIED_HEALTH/edit").with(csrf())
			.param("version", version);
		levels.forEach(save::param);
		return save;
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
