package eu.dhso.core.security;

import java.util.Map;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.web.KeptFormInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form posted after its session ended leads to sign-in and back to its page with the
 * input kept; a post without a valid token in a live or no session is still refused.
 */
@ObservatoryTest
class ExpiredSessionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPostFromAnEndedSessionLeadsToSignInAndBackWithItsInputKept() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/password").with(endedSession())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("_csrf", "token-of-the-ended-session")
				.param("currentPassword", "what I typed")
				.param("newPassword", "Κείμενο με ελληνικά"))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		SavedRequest saved = new HttpSessionRequestCache().getRequest(withSession(session, "GET"),
				new MockHttpServletResponse());
		assertThat(saved.getMethod()).isEqualTo("GET");
		assertThat(saved.getRedirectUrl()).contains("/account/password").doesNotContain("what I typed");
		MockHttpServletRequest page = withSession(session, "GET");
		page.setRequestURI("/account/password");
		Map<String, String[]> kept = KeptFormInput.take(page).orElseThrow();
		assertThat(kept).containsOnlyKeys("currentPassword", "newPassword");
		assertThat(kept.get("newPassword")).containsExactly("Κείμενο με ελληνικά");
		// shown once
		assertThat(KeptFormInput.take(page)).isEmpty();
	}

	@Test
	void keptInputIsOnlyForThePageItWasPostedFrom() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/password").with(endedSession())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("currentPassword", "typed"))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		MockHttpServletRequest other = withSession(session, "GET");
		other.setRequestURI("/account");
		assertThat(KeptFormInput.take(other)).isEmpty();
		MockHttpServletRequest own = withSession(session, "GET");
		own.setRequestURI("/account/password");
		assertThat(KeptFormInput.take(own))
			.hasValueSatisfying((kept) -> assertThat(kept.get("currentPassword")).containsExactly("typed"));
	}

	@Test
	void aPostWithoutTokenInNoSessionIsStillRefused() throws Exception {
		this.mvc.perform(post("/account/password").param("currentPassword", "typed")).andExpect(status().isForbidden());
	}

	private static RequestPostProcessor endedSession() {
		return (request) -> {
			request.setRequestedSessionId("session-that-has-ended");
			request.setRequestedSessionIdValid(false);
			return request;
		};
	}

	private static MockHttpServletRequest withSession(MockHttpSession session, String method) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
		request.setSession(session);
		return request;
	}

}
