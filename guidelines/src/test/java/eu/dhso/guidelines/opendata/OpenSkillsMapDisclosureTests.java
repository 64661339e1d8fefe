package eu.dhso.guidelines.opendata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.Assessment;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.Assessments;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instruments;
import eu.dhso.skills.assessment.ItemKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attack (b) of issue 13: reading the open skills map anonymously before and after one
 * submission gave the new person's mean exactly.
 */
@ObservatoryTest
class OpenSkillsMapDisclosureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	SelfAssessmentTaking service;

	@Autowired
	Assessments assessments;

	@Autowired
	Instruments instruments;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readingTheOpenSkillsMapBeforeAndAfterOneSubmissionGivesTheSameFigures() throws Exception {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		// A released group of pharmacists, last year.
		Instant earlier = LocalDate.now(ZoneOffset.UTC).minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 6; n++) {
				Assessment attempt = Assessment.synthetic(instrument, pharmacist(), earlier);
				Map<Long, Integer> answers = new HashMap<>();
				int level = 1 + n % 3;
				items.forEach((i) -> answers.put(i.getId(), (i.getKind() == ItemKind.SELF_RATING) ? level : 1));
				attempt.answer(answers);
				attempt.submit(earlier, false);
				this.assessments.save(attempt);
			}
		});
		String json = read("/api/v1/skills-map?size=100");
		String csv = read("/api/v1/skills-map.csv");
		assertThat(json).contains("\"profession\":\"PHARMACIST\"");

		// A verified professional submits now: the attempt is in the summary at once ...
		Long person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		Long id = this.service.start(person, pharmacist());
		for (AreaView area : view.areas()) {
			Map<Long, Integer> choices = new HashMap<>();
			items.forEach((i) -> choices.put(i.getId(), 4));
			this.service.answer(id, person, area.code(), choices);
		}
		assertThat(this.service.submit(id, person)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from skills.map_respondent where respondent = :person")
			.param("person", person)
			.query(Long.class)
			.single()).isEqualTo(1);
		// ... but released only from the next fixed boundary on: the open data do not
		// move.
		assertThat(read("/api/v1/skills-map?size=100")).isEqualTo(json);
		assertThat(read("/api/v1/skills-map.csv")).isEqualTo(csv);

		// Once the boundary has passed (moved here by back-dating the submission), the
		// person counts; their mean still cannot be read off, as the figures of a group
		// with one more person carry other noise.
		Timestamp lastMonth = Timestamp
			.from(this.disclosure.releasedBefore().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		this.jdbc.sql("update skills.assessment set started_at = :at, submitted_at = :at where id = :id")
			.param("at", lastMonth)
			.param("id", id)
			.update();
		assertThat(read("/api/v1/skills-map?size=100")).isNotEqualTo(json);
	}

	@Test
	void theOpenSkillsMapSaysHowItsFiguresAreReleased() throws Exception {
		this.mvc.perform(get("/api/v1/skills-map"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.method")
				.value(containsString("verified people submitted before " + this.disclosure.releasedBefore())))
			.andExpect(jsonPath("$.licence").value("CC BY 4.0"));
		// open data reads the same for everyone, so shared caches may keep it: the method
		// stays in English whatever the visitor's language, and a strict CSV carries it
		// in
		// the note its Link header names
		this.mvc.perform(get("/api/v1/skills-map").param("lang", "it"))
			.andExpect(jsonPath("$.method").value(containsString("verified people")));
		this.mvc.perform(get("/api/v1/methods/skills-map"))
			.andExpect(content().string(containsString("Method: Mean self-rated level")))
			.andExpect(content().string(containsString("perturbed by the cell-key method")));
	}

	private String read(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static Respondent pharmacist() {
		return new Respondent("PHARMACIST", "HR", "PHARMACY", ExperienceBand.YEARS_6_10);
	}

}
