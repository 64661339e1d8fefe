package eu.dhso.lab.team;

import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.SchemeReview;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class TeamTrainingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SchemeDrafts schemes;

	@Autowired
	SchemeReview review;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTeamWeakestInAdaptabilityIsOfferedModulesOnItsCompetences() throws Exception {
		String module = publishModuleOn();
		Organisation hospital = hospital();
		closedRound(hospital, 5);
		RequestPostProcessor manager = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, hospital)));
		this.mvc.perform(get("/lab/team").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Adaptability and resilience (mean")))
			.andExpect(content().string(containsString(module)))
			.andExpect(content().string(containsString("S3.3")));
		// another organisation's manager and a member who is no manager see nothing of it
		Organisation other = hospital();
		RequestPostProcessor stranger = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, other)));
		this.mvc.perform(get("/lab/team").param("organisation", hospital.getId().toString()).with(stranger))
			.andExpect(status().isForbidden());
		RequestPostProcessor member = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, hospital)));
		this.mvc.perform(get("/lab/team").with(member)).andExpect(status().isForbidden());
		// an administrator sees it
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc.perform(get("/lab/team").param("organisation", hospital.getId().toString()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(module)));
	}

	@Test
	void aTeamWithFourRespondentsGetsNoRecommendations() throws Exception {
		Organisation hospital = hospital();
		closedRound(hospital, 4);
		RequestPostProcessor manager = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, hospital)));
		this.mvc.perform(get("/lab/team").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"no-profile\"")))
			.andExpect(content().string(not(containsString("(mean"))));
	}

	private Organisation hospital() {
		return this.organisations
			.save(new Organisation("Team hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "LT"));
	}

	/**
	 * A closed round whose respondents rate adaptability lowest and everything else high.
	 */
	private void closedRound(Organisation organisation, int respondents) {
		Long round = this.jdbc
			.sql("""
					insert into skills.maturity_round (organisation_id, title, period_start, period_end, status, created_at,
					    opened_at, closed_at)
					values (:o, 'Spring', date '2026-03-01', date '2026-04-30', 'CLOSED', now(), now(), now()) returning id""")
			.param("o", organisation.getId())
			.query(Long.class)
			.single();
		for (int r = 0; r < respondents; r++) {
			Long response = this.jdbc.sql("""
					insert into skills.maturity_response (round_id, verified, submitted_on)
					values (:r, true, date '2026-03-10') returning id""").param("r", round).query(Long.class).single();
			for (String dimension : List.of("LEADERSHIP", "INFRASTRUCTURE", "PROCESSES", "SKILLS", "COLLABORATION",
					"ADAPTABILITY")) {
				for (int item = 1; item <= 2; item++) {
					this.jdbc
						.sql("insert into skills.maturity_answer (response_id, item_code, score) values (:r, :i, :s)")
						.param("r", response)
						.param("i", dimension + "." + item)
						.param("s", "ADAPTABILITY".equals(dimension) ? 1 : 5)
						.update();
				}
			}
		}
	}

	private String publishModuleOn() {
		ObservatoryUser trainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		ObservatoryUser editor = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
		String title = LabFixtures.unique("Adaptive downtime drills ");
		long id = this.schemes.create(trainer, new SchemeFields(LabFixtures.unique("Resilient teams "), "Aims",
				List.of("NURSE"), "en", 6, false, true));
		long module = this.schemes.addModule(trainer, id, title, "Keeping care safe when systems fail", List.of("EHR"));
		for (String competence : List.of("S3.1", "S3.2", "S3.3")) {
			this.schemes.addOutcome(trainer, id, module, competence, 3, "Keeps care safe in a downtime");
		}
		this.schemes.addActivity(trainer, id, module, "Simulation", ActivityType.WORKSHOP, Delivery.ON_SITE, 90, null);
		this.schemes.submit(trainer, id);
		this.review.publish(editor, id);
		return title;
	}

}
