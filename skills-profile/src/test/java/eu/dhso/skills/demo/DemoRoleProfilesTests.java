package eu.dhso.skills.demo;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.skills.profile.RoleProfileMaintenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class DemoRoleProfilesTests {

	@Autowired
	DemoRoleProfiles demo;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	RoleProfileMaintenance profiles;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void demoDataLoaded() {
		this.transactions.execute((status) -> this.demo.loadMissing());
	}

	@Test
	void theAlliedHealthProfessionsGetRoleProfilesWithALevelForEveryCompetence() throws Exception {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		for (String profession : DemoRoleProfiles.AREA_LEVELS.keySet()) {
			assertThat(this.profiles.expectedLevels(view.id(), profession, null)).as(profession)
				.hasSize((int) view.competenceCount())
				.allSatisfy((competence, level) -> assertThat(level).isBetween(1, 4));
		}
		this.mvc.perform(get("/skills/profiles/PHYSIOTHERAPIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Role profile: Physiotherapist")))
			.andExpect(content().string(containsString("class=\"level level-3\"")));
		this.mvc.perform(get("/skills/compare").param("p", "DIETICIAN", "SOCIAL_CARE_ASSISTANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Social and health-care assistant")));
	}

	@Test
	void loadingAgainAddsNothing() {
		Integer added = this.transactions.execute((status) -> this.demo.loadMissing());
		assertThat(added).isZero();
	}

}
