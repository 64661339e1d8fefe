package eu.dhso.guidelines.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.event.RegistrationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class EventTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventCalendar events;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void beyondCapacityPeopleWaitAndACancellationMovesTheFirstOneUp() {
		String slug = event(Instant.now().plus(Duration.ofDays(10)), 2);
		ObservatoryUser a = person();
		ObservatoryUser b = person();
		ObservatoryUser c = person();
		ObservatoryUser d = person();
		assertThat(this.events.register(slug, a)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.events.register(slug, b)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.events.register(slug, c)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.events.register(slug, d)).isEqualTo(RegistrationStatus.WAITLISTED);
		this.events.cancel(slug, a);
		assertThat(this.events.registration(slug, c.getAccountId()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.events.registration(slug, d.getAccountId()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.events.find(slug).orElseThrow().seatsLeft()).isZero();
	}

	@Test
	void onlyPeopleWhoAttendedGiveFeedback() {
		String slug = event(Instant.now().plus(Duration.ofDays(1)), 10);
		ObservatoryUser attendee = person();
		ObservatoryUser absent = person();
		this.events.register(slug, attendee);
		this.events.register(slug, absent);
		this.jdbc.sql("update guidelines.event set starts_at = now() - interval '2 hours' where slug = :slug")
			.param("slug", slug)
			.update();
		long registration = this.events.registration(slug, attendee.getAccountId()).orElseThrow().id();
		this.events.markAttendance(slug, registration, true, "test");
		assertThat(this.events.feedback(slug, attendee, 5, "Useful")).isTrue();
		assertThat(this.events.feedback(slug, absent, 1, "Never came")).isFalse();
		// one rating is too few to show an average
		assertThat(this.events.averageRating(slug)).isEmpty();
	}

	@Test
	void feedbackWithoutARatingIsABadRequestAndARatingOutOfRangeIsRefusedWithAMessage() throws Exception {
		String slug = event(Instant.now().plus(Duration.ofDays(1)), 10);
		ObservatoryUser attendee = person();
		this.mvc
			.perform(post("/events/" + slug + "/feedback").param("text", "No rating").with(user(attendee)).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/events/" + slug + "/feedback").param("rating", "five").with(user(attendee)).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/events/" + slug + "/feedback").param("rating", "9").with(user(attendee)).with(csrf()))
			.andExpect(redirectedUrl("/events/" + slug))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "guidelines.event.feedback.refused"));
	}

	/**
	 * The attack: four self-registered accounts rate an event alongside one real
	 * attendee; with a plain "five ratings" threshold their known ratings gave the real
	 * one's back.
	 */
	@Test
	void fourSockPuppetsCannotReadBackOneAttendeesRating() {
		String slug = event(Instant.now().plus(Duration.ofDays(1)), 20);
		ObservatoryUser victim = person();
		List<ObservatoryUser> puppets = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String name = "puppet-" + UUID.randomUUID().toString().substring(0, 8);
			puppets.add(new ObservatoryUser(
					this.accounts.register(new NewAccount(name, "Puppet " + i, null, TestAccounts.PASSWORD))
						.orElseThrow()));
		}
		List<ObservatoryUser> everyone = new ArrayList<>(puppets);
		everyone.add(victim);
		everyone.forEach((p) -> this.events.register(slug, p));
		this.jdbc.sql("update guidelines.event set starts_at = now() - interval '2 hours' where slug = :slug")
			.param("slug", slug)
			.update();
		for (ObservatoryUser p : everyone) {
			long registration = this.events.registration(slug, p.getAccountId()).orElseThrow().id();
			this.events.markAttendance(slug, registration, true, "test");
			this.events.feedback(slug, p, (p == victim) ? 2 : 5, null);
		}
		assertThat(this.events.averageRating(slug)).isEmpty();
		// five verified attendees make a group the rating may be shown for
		puppets.forEach((p) -> this.accounts.verify("admin", p.getAccountId()));
		assertThat(this.events.averageRating(slug)).hasValueSatisfying((v) -> assertThat(v).isBetween(1.0, 5.0));
	}

	@Test
	void anonymousVisitorsSeeTheCalendarButMustSignInToRegister() throws Exception {
		String slug = event(Instant.now().plus(Duration.ofDays(3)), 5);
		this.mvc.perform(get("/events")).andExpect(status().isOk()).andExpect(content().string(containsString(slug)));
		this.mvc.perform(post("/events/" + slug + "/registration").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousVisitorsAreToldWhoCanRegisterAndWhereProfessionalsCreateAnAccount() throws Exception {
		String slug = event(Instant.now().plus(Duration.ofDays(3)), 5);
		this.mvc.perform(get("/events/" + slug))
			.andExpect(status().isOk())
			// issue 18: anyone may register, with an account or as a guest confirmed by
			// e-mail
			.andExpect(content().string(containsString("Anyone can register")))
			.andExpect(content().string(containsString("/events/" + slug + "/guest-registration")))
			.andExpect(content().string(containsString("href=\"/register\"")))
			.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void theAttendeeListShowsANeutralStateNotTheAttendeesOwnMessage() throws Exception {
		String slug = event(Instant.now().plus(Duration.ofDays(10)), 1);
		this.events.register(slug, person());
		this.events.register(slug, person());
		ObservatoryUser leaving = person();
		this.events.register(slug, leaving);
		this.events.cancel(slug, leaving);
		ObservatoryUser admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		this.mvc.perform(get("/events/manage/" + slug).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Confirmed<")))
			.andExpect(content().string(containsString(">Waitlisted<")))
			.andExpect(content().string(containsString(">Cancelled<")))
			.andExpect(content().string(not(containsString("You have a seat"))))
			.andExpect(content().string(not(containsString("You are on the waitlist"))));
		this.mvc.perform(get("/events/manage/" + slug).param("lang", "it").with(user(admin)))
			.andExpect(content().string(containsString(">Confermata<")))
			.andExpect(content().string(containsString(">In lista d&#39;attesa<")));
		this.mvc.perform(get("/events/manage/" + slug).param("lang", "el").with(user(admin)))
			.andExpect(content().string(containsString(">Επιβεβαιωμένη<")))
			.andExpect(content().string(containsString(">Ακυρωμένη<")));
	}

	@Test
	void theCalendarExportsAsICalendarWithEscapedText() throws Exception {
		String slug = event(Instant.now().plus(Duration.ofDays(3)), 5);
		this.mvc.perform(get("/events/" + slug + "/ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VEVENT")))
			.andExpect(content().string(containsString("SUMMARY:Meeting\\, with\\; care")))
			.andExpect(content().string(containsString("END:VCALENDAR")));
		this.mvc.perform(get("/events/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/events/" + slug)));
	}

	private String event(Instant start, int capacity) {
		String slug = "e-" + UUID.randomUUID().toString().substring(0, 8);
		this.events.create(new NewEvent(slug, "Meeting, with; care", EventKind.WORKSHOP, "CY", start,
				start.plus(Duration.ofHours(3)), "Nicosia", null, "Agenda", capacity), "test");
		return slug;
	}

	private ObservatoryUser person() {
		return new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null));
	}

}
