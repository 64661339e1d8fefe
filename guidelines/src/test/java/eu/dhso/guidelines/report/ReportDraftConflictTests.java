package eu.dhso.guidelines.report;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class ReportDraftConflictTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportPublishing reports;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aSaveOverADraftChangedMeanwhileAnswersConflictAndKeepsTheText() throws Exception {
		long id = this.reports.create("c-" + UUID.randomUUID().toString().substring(0, 8),
				new ReportDocument("Annual", null, "Body"), "test");
		long seen = this.reports.find(id).orElseThrow().version();
		this.reports.saveDraft(id, new ReportDocument("Annual, by another admin", null, "Their body"), seen, "other");
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc
			.perform(post("/observatory/manage/reports/" + id + "/edit").param("title", "My title")
				.param("body", "My careful body")
				.param("version", String.valueOf(seen))
				.with(admin)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My careful body")));
		Report now = this.reports.find(id).orElseThrow();
		assertThat(now.draft().body()).isEqualTo("Their body");
		// saving again from the conflict page overwrites deliberately
		this.mvc
			.perform(post("/observatory/manage/reports/" + id + "/edit").param("title", "My title")
				.param("body", "My careful body")
				.param("version", String.valueOf(now.version()))
				.with(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/observatory/manage/reports/" + id));
		assertThat(this.reports.find(id).orElseThrow().draft().body()).isEqualTo("My careful body");
	}

}
