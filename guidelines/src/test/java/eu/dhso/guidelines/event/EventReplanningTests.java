package eu.dhso.guidelines.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.guidelines.event.Event.NewEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class EventReplanningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCalendar events;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void moreCapacityLetsTheWaitlistIn() throws Exception {
		String slug = event(1);
		ObservatoryUser first = person();
		ObservatoryUser waiting = person();
		this.events.register(slug, first);
		assertThat(this.events.register(slug, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		RequestPostProcessor admin = admin();
		this.mvc.perform(get("/events/manage/" + slug + "/edit").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planned meeting")));
		this.mvc.perform(replan(slug, "Planned meeting", 2, this.events.find(slug).orElseThrow().version()).with(admin))
			.andExpect(redirectedUrl("/events/manage/" + slug));
		assertThat(this.events.registration(slug, waiting.getAccountId()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void aChangeOverAnEventChangedMeanwhileAnswersConflictAndKeepsTheInput() throws Exception {
		String slug = event(5);
		long seen = this.events.find(slug).orElseThrow().version();
		this.events.register(slug, person());
		this.mvc.perform(replan(slug, "My careful new title", 5, seen).with(admin()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My careful new title")));
		assertThat(this.events.find(slug).orElseThrow().title()).isEqualTo("Planned meeting");
	}

	private MockHttpServletRequestBuilder replan(String slug, String title, int capacity, long version) {
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.MINUTES);
		return post("/events/manage/" + slug + "/edit").param("title", title)
			.param("kind", "WORKSHOP")
			.param("startsAt", start.toString())
			.param("endsAt", start.plusHours(3).toString())
			.param("capacity", String.valueOf(capacity))
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private String event(int capacity) {
		String slug = "e-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.now().plus(Duration.ofDays(10));
		this.events.create(new NewEvent(slug, "Planned meeting", EventKind.WORKSHOP, "CY", start,
				start.plus(Duration.ofHours(3)), "Nicosia", null, "Agenda", capacity), "test");
		return slug;
	}

	private RequestPostProcessor admin() {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
	}

	private ObservatoryUser person() {
		return new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null));
	}

}
