package eu.dhso.skills.profile;

import java.util.Map;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class RoleProfilePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	RoleProfileMaintenance profiles;

	@Autowired
	AuditEntries audit;

	@Test
	void everyProfessionHasAStarterProfileWithALevelForEveryCompetence() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		for (String profession : new String[] { "DOCTOR", "NURSE", "PHARMACIST", "ALLIED_HEALTH", "HEALTHCARE_MANAGER",
				"ADMINISTRATIVE_STAFF", "IT_PROFESSIONAL", "TECHNOLOGY_PROVIDER", "TRAINING_PROVIDER" }) {
			assertThat(this.profiles.expectedLevels(view.id(), profession, null)).as(profession)
				.hasSize((int) view.competenceCount())
				.allSatisfy((competence, level) -> assertThat(level).isBetween(1, 4));
		}
	}

	@Test
	void starterProfilesReflectWhatEachProfessionDoes() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Map<Long, Integer> nurse = this.profiles.expectedLevels(view.id(), "NURSE", null);
		Map<Long, Integer> it = this.profiles.expectedLevels(view.id(), "IT_PROFESSIONAL", null);
		Map<Long, Integer> manager = this.profiles.expectedLevels(view.id(), "HEALTHCARE_MANAGER", null);
		assertThat(it.get(competence(view, "D4.2").id())).isGreaterThan(nurse.get(competence(view, "D4.2").id()));
		assertThat(nurse.get(competence(view, "D6.2").id())).isGreaterThan(it.get(competence(view, "D6.2").id()));
		assertThat(nurse.get(competence(view, "S6.1").id())).isGreaterThan(it.get(competence(view, "S6.1").id()));
		assertThat(manager.get(competence(view, "S5.2").id())).isGreaterThan(nurse.get(competence(view, "S5.2").id()));
	}

	@Test
	void aProfessionsProfileIsPublicWithItsLevelDescriptors() throws Exception {
		this.mvc.perform(get("/skills/profiles/NURSE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delivering care through telehealth")))
			.andExpect(content().string(containsString("/skills/skills.css")))
			.andExpect(content().string(not(containsString("/skills/profiles/NURSE/edit"))));
		this.mvc.perform(get("/skills/skills.css")).andExpect(status().isOk());
	}

	@Test
	void unknownProfessionsAndCareSettingsAreNotFound() throws Exception {
		this.mvc.perform(get("/skills/profiles/ASTRONAUT")).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/profiles/NURSE").param("setting", "MOON_BASE")).andExpect(status().isNotFound());
	}

	@Test
	void theComparisonShowsTheChosenProfessionsSideBySide() throws Exception {
		this.mvc.perform(get("/skills/compare").param("p", "NURSE", "IT_PROFESSIONAL", "ASTRONAUT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/skills/profiles/NURSE\"")))
			.andExpect(content().string(containsString("href=\"/skills/profiles/IT_PROFESSIONAL\"")))
			.andExpect(content().string(containsString("level-cell level-4")))
			.andExpect(content().string(not(containsString("ASTRONAUT"))));
	}

	@Test
	void theEditGridIsForEditorsAndAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/skills/profiles/NURSE/edit")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/skills/profiles/NURSE/edit").with(as(Role.PROFESSIONAL)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/profiles/NURSE/edit").with(as(Role.TRAINER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/profiles/NURSE/edit").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"levels[")));
	}

	@Test
	void anEditorGivesACareSettingAProfileOfItsOwn() throws Exception {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		// A care setting no other test edits, so the general profile stays as seeded.
		String setting = "PUBLIC_HEALTH";
		String profession = "PHARMACIST";
		MockHttpServletRequestBuilder save = post("/skills/profiles/{p}/edit", profession).param("setting", setting)
			.param("version", String.valueOf(RoleProfileMaintenance.NEW_PROFILE))
			.with(as(Role.EDITOR))
			.with(csrf());
		view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.forEach((c) -> save.param("levels[" + c.id() + "]", c.code().equals("S8.3") ? "4" : "2"));
		this.mvc.perform(save)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/skills/profiles/PHARMACIST?setting=PUBLIC_HEALTH"))
			.andExpect(flash().attribute("success", "skills.profile.edit.saved"));
		Long s83 = competence(view, "S8.3").id();
		assertThat(this.profiles.expectedLevels(view.id(), profession, setting).get(s83)).isEqualTo(4);
		assertThat(this.profiles.expectedLevels(view.id(), profession, null).get(s83)).isEqualTo(2);
		assertThat(this.audit.countByActionAndDetailContaining("roleProfile.revise",
				"profession=PHARMACIST, careSetting=PUBLIC_HEALTH"))
			.isEqualTo(1);
		// Saving the creating form again is a conflict, not a silent overwrite.
		this.mvc.perform(save).andExpect(status().isConflict());
	}

	@Test
	void anIncompleteGridIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/skills/profiles/NURSE/edit").param("version", "0")
				.param("levels[1]", "9")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a level between 1 and 4 for every competence")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
	}

	static CompetenceView competence(FrameworkView view, String code) {
		return view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code));
	}

}
