package eu.dhso.guidelines.guideline;

import java.util.List;
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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ProMIS "Addressing": a guideline's audience names professions, and their pages list it.
 */
@ObservatoryTest
class GuidelineAudienceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aProfessionsPageListsThePublishedGuidelinesNamingItAndNoOther() throws Exception {
		RequestPostProcessor editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String named = "rehab-" + suffix;
		String namedTitle = "Training physiotherapists for video rehabilitation " + suffix;
		this.mvc
			.perform(post("/guidelines/manage/new").with(editor)
				.with(csrf())
				.param("slug", named)
				.param("title", namedTitle)
				.param("audience", "HEALTHCARE_ORGANISATIONS")
				.param("professions", "PHYSIOTHERAPIST", "OCCUPATIONAL_THERAPIST")
				.param("body", "## Why\nBecause.")
				.param("version", "0"))
			.andExpect(redirectedUrl("/guidelines/manage/" + named));
		assertThat(this.guidelines.draft(named).orElseThrow().document().professions())
			.containsExactly("PHYSIOTHERAPIST", "OCCUPATIONAL_THERAPIST");
		this.guidelines.publish(named, "First.", "test");
		String other = "nursing-" + suffix;
		String otherTitle = "Training nurses for telemonitoring " + suffix;
		this.guidelines.create(other, new GuidelineDocument(otherTitle, Audience.HEALTHCARE_ORGANISATIONS, null,
				"## Why\nBecause.", List.of(), List.of("NURSE")), "test");
		this.guidelines.publish(other, "First.", "test");
		String unpublished = "draft-" + suffix;
		this.guidelines.create(unpublished, new GuidelineDocument("Unpublished " + suffix,
				Audience.HEALTHCARE_ORGANISATIONS, null, "Text", List.of(), List.of("PHYSIOTHERAPIST")), "test");

		this.mvc.perform(get("/skills/profiles/PHYSIOTHERAPIST"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(namedTitle), containsString("href=\"/guidelines/" + named + "\""),
						not(containsString(otherTitle)), not(containsString("Unpublished " + suffix)))));
		this.mvc.perform(get("/skills/profiles/NURSE"))
			.andExpect(content().string(allOf(containsString(otherTitle), not(containsString(namedTitle)))));
		this.mvc.perform(get("/guidelines/" + named))
			.andExpect(content().string(allOf(containsString("href=\"/skills/profiles/PHYSIOTHERAPIST\""),
					containsString("Occupational therapist"))));
	}

	@Test
	void anAudienceNamesOnlyProfessionsOfTheTaxonomy() throws Exception {
		RequestPostProcessor editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		String slug = "astro-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/guidelines/manage/new").with(editor)
				.with(csrf())
				.param("slug", slug)
				.param("title", "Guideline for astronauts")
				.param("audience", "HEALTHCARE_ORGANISATIONS")
				.param("professions", "ASTRONAUT")
				.param("body", "Text")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose professions from the list.")));
		assertThat(this.guidelines.exists(slug)).isFalse();
	}

}
