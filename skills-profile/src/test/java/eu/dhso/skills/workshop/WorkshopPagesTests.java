package eu.dhso.skills.workshop;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class WorkshopPagesTests {

	static final String[] NEW_PROFESSIONS = { "DIETICIAN", "OCCUPATIONAL_THERAPIST", "PHYSIOTHERAPIST",
			"SOCIAL_CARE_ASSISTANT" };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	RequestPostProcessor partner;

	RequestPostProcessor otherPartner;

	RequestPostProcessor editor;

	String title;

	@BeforeEach
	void partners() {
		this.partner = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, organisation("CY"))));
		this.otherPartner = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, organisation("IT"))));
		this.editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		this.title = "Tele-rehabilitation needs " + UUID.randomUUID();
	}

	private Organisation organisation(String country) {
		return this.organisations
			.save(new Organisation("Workshop host " + UUID.randomUUID(), OrganisationType.HOSPITAL, country));
	}

	@Test
	void theAlliedHealthProfessionsHaveRoleProfilePagesAndRowsInTheSkillsMap() throws Exception {
		for (String profession : NEW_PROFESSIONS) {
			this.mvc.perform(get("/skills/profiles"))
				.andExpect(content().string(containsString("href=\"/skills/profiles/" + profession + "\"")));
			this.mvc.perform(get("/skills/profiles/" + profession)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/skills/profiles/SOCIAL_CARE_ASSISTANT"))
			.andExpect(content().string(containsString("Role profile: Social and health-care assistant")));
		this.mvc.perform(get("/skills/map/public"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dietitian"), containsString("Occupational therapist"),
					containsString("Physiotherapist"), containsString("Social and health-care assistant"),
					containsString("Allied health professional"))));
	}

	@Test
	void aDraftWorkshopIsSeenOnlyByItsOrganisationUntilPublished() throws Exception {
		String page = record(this.partner);
		this.mvc.perform(get(page).with(this.partner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"draft-notice\"")));
		this.mvc.perform(get(page)).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(this.otherPartner)).andExpect(status().isNotFound());
		this.mvc.perform(get(page + "/edit").with(this.otherPartner)).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/publish").with(this.otherPartner).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/workshops")).andExpect(content().string(not(containsString(this.title))));
		this.mvc.perform(get("/workshops").with(this.otherPartner))
			.andExpect(content().string(not(containsString(this.title))));
		this.mvc.perform(get("/workshops").with(this.partner)).andExpect(content().string(containsString(this.title)));
		this.mvc.perform(get("/skills/profiles/PHYSIOTHERAPIST"))
			.andExpect(content().string(not(containsString(this.title))));

		this.mvc.perform(post(page + "/publish").with(this.partner).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"draft-notice\""))));
		this.mvc.perform(get("/workshops").param("country", "CY").param("profession", "PHYSIOTHERAPIST"))
			.andExpect(content().string(containsString(this.title)));
		this.mvc.perform(get("/workshops").param("profession", "PHARMACIST"))
			.andExpect(content().string(not(containsString(this.title))));
		// published, it no longer changes
		this.mvc.perform(get(page + "/edit").with(this.partner)).andExpect(status().isConflict());
	}

	@Test
	void participantGroupsUnderTheMinimumShowAsFewerThanIt() throws Exception {
		String page = record(this.partner);
		String body = this.mvc.perform(get(page).with(this.partner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("<td>7</td>").contains("fewer than 5").doesNotContain("<td>3</td>");
	}

	@Test
	void theRoleProfileAndItsReviewShowPublishedFindingsWithTheirWorkshop() throws Exception {
		String page = record(this.partner);
		this.mvc.perform(post(page + "/publish").with(this.partner).with(csrf()))
			.andExpect(status().is3xxRedirection());
		for (String url : new String[] { "/skills/profiles/PHYSIOTHERAPIST", "/skills/profiles/DIETICIAN/edit" }) {
			this.mvc.perform(get(url).with(this.editor))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Video sessions need safety criteria"),
						containsString("href=\"" + page + "\""), containsString(this.title))));
		}
		// nurses did not take part
		this.mvc.perform(get("/skills/profiles/NURSE")).andExpect(content().string(not(containsString(this.title))));
	}

	@Test
	void anIncompleteRecordIsRefusedWithMessagesAndOnlyPartnersRecord() throws Exception {
		this.mvc
			.perform(post("/workshops/new").with(this.partner)
				.with(csrf())
				.param("title", this.title)
				.param("heldOn", "2026-05-04")
				.param("countryCode", "CY")
				.param("findings[0].need", "A need without competences"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give this need a text, a priority and at least one"),
					containsString("Enter how many people of at least one profession took part."))));
		this.mvc.perform(get("/workshops/new").with(this.editor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/workshops/new")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workshops").with(this.partner))
			.andExpect(content().string(containsString("href=\"/workshops/new\"")));
	}

	/** Records a draft through the form and returns its page. */
	private String record(RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder form = post("/workshops/new").with(who)
			.with(csrf())
			.param("title", this.title)
			.param("heldOn", "2026-05-04")
			.param("place", "Limassol")
			.param("countryCode", "CY")
			.param("careSetting", "HOSPITAL")
			.param("facilitator", "A digital change agent")
			.param("participants[PHYSIOTHERAPIST]", "7")
			.param("participants[DIETICIAN]", "3")
			.param("participants[NURSE]", "")
			.param("findings[0].need", "Video sessions need safety criteria")
			.param("findings[0].priority", "HIGH")
			.param("findings[0].competences", "D6.2", "S6.1")
			.param("findings[1].need", "")
			.param("version", "0");
		String location = this.mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/workshops/\\d+");
		return location;
	}

}
