package eu.dhso.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.web.PublicUrl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Absolute links (calendars, feeds, rater links) start with {@code dhso.public-url},
 * whatever Host or forwarded headers a request carries: a forged header cannot point a
 * subscriber's calendar, a feed reader or a rater at another site.
 */
@ObservatoryTest
class PublicAddressTests {

	static final String EVIL = "evil.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PublicUrl publicUrl;

	@Test
	void aForgedHostHeaderNeverReachesACalendarOrAFeed() throws Exception {
		String slug = this.jdbc.sql("select slug from guidelines.event order by id limit 1")
			.query(String.class)
			.single();
		long cohort = this.jdbc.sql("select id from lab.cohort order by id limit 1").query(Long.class).single();
		List<String> leaks = new ArrayList<>();
		for (String path : List.of("/events/calendar.ics", "/events/" + slug + "/ics", "/observatory/reports/feed.atom",
				"/lab/cohorts/" + cohort + "/sessions.ics")) {
			MockHttpServletResponse response = this.mvc.perform(forged(get(path))).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			if (body.contains(EVIL)) {
				leaks.add(path);
			}
			if (!path.startsWith("/lab")) {
				assertThat(body).as(path).contains("http://localhost:8080/");
			}
		}
		assertThat(leaks).as("answers that repeat the forged host").isEmpty();
	}

	@Test
	void aForgedHostHeaderNeverReachesARaterLink() throws Exception {
		MvcResult result = this.mvc
			.perform(forged(post("/skills/raters")).with(csrf())
				.with(user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("professional").orElseThrow())))
				.param("relation", "COLLEAGUE"))
			.andReturn();
		Object link = result.getFlashMap().get("raterLink");
		assertThat(link).isNotNull();
		assertThat(link.toString()).startsWith("http://localhost:8080/skills/rate/").doesNotContain(EVIL);
	}

	@Test
	void thePublicAddressMustBeAnHttpUrlWithAHost() {
		assertThat(this.publicUrl.link("/events/x")).isEqualTo("http://localhost:8080/events/x");
		assertThat(new PublicUrl(java.net.URI.create("https://observatory.example.org/")).link("/a"))
			.isEqualTo("https://observatory.example.org/a");
		for (String bad : List.of("ftp://observatory.example.org", "/relative", "https://x.example/?q=1",
				"https://user@x.example", "javascript:alert(1)")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new PublicUrl(java.net.URI.create(bad)));
		}
	}

	private static MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
		return request.header("Host", EVIL)
			.header("X-Forwarded-Host", EVIL)
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "host=" + EVIL + ";proto=https");
	}

}
