package eu.dhso.cases.web;

import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner whose session ended while typing a step signs in again and finds the step
 * with what they typed, not yet saved.
 */
@ObservatoryTest
class ExpiredSessionCaseFormTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	MockMvc mvc;

	@Test
	void aStepPostedAfterTheSessionEndedComesBackWithItsInputAfterSigningIn() throws Exception {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("RO"));
		String title = "Saved title " + UUID.randomUUID().toString().substring(0, 8);
		Long id = this.fixtures.completeDraft(partner, title, "x", "EHR", ConsentScope.PUBLIC);
		long version = this.drafts.load(id, partner).getVersion();
		String typed = "Problema descrisă după expirarea sesiunii: spitalul județean, secția ș ț ă";
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/cases/my/{id}/edit/context", id).with((request) -> {
				request.setRequestedSessionId("ended");
				request.setRequestedSessionIdValid(false);
				return request;
			})
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("_csrf", "token-of-the-ended-session")
				.param("version", String.valueOf(version))
				.param("problem", typed)
				.param("solution", "A solution typed too"))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn()
			.getRequest()
			.getSession(false);
		// nothing was saved without a valid session
		assertThat(this.drafts.load(id, partner).narrative().problem()).isNotEqualTo(typed);

		this.mvc.perform(get("/cases/my/{id}/edit/context", id).session(session).with(user(partner)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("restored", true))
			.andExpect(content().string(containsString(typed)))
			.andExpect(content().string(containsString("A solution typed too")));
		// shown once: the next visit shows the saved draft again
		this.mvc.perform(get("/cases/my/{id}/edit/context", id).session(session).with(user(partner)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("restored"))
			.andExpect(content().string(not(containsString(typed))));
	}

}
