package eu.dhso.web.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.RegistrationStatus;
import eu.dhso.guidelines.guideline.Consultation;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One test per use of e-mail: each message is delivered through the SMTP server to the
 * right person, in their language, and its link works.
 */
class EmailUsesTests extends MailTestSupport {

	@Autowired
	EventCalendar events;

	@Autowired
	Consultation consultation;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts userAccounts;

	@Autowired
	CohortMembership cohorts;

	@Autowired
	CaseReview review;

	@Autowired
	eu.dhso.core.account.Organisations organisations;

	@Test
	void anEventRegistrationIsConfirmedByEmailInTheAccountsLanguage() throws Exception {
		String slug = event(5);
		ObservatoryUser person = person("it");
		assertThat(this.events.register(slug, person)).isEqualTo(RegistrationStatus.CONFIRMED);
		deliver();
		MimeMessage message = onlyMessageTo(email(person));
		assertThat(language(message)).isEqualTo("it");
		assertThat(subject(message)).startsWith("Il tuo posto a");
		assertThat(text(message)).contains("Outbox meeting");
		this.mvc.perform(get(linkPath(message, "/events/" + slug)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Outbox meeting")));
	}

	@Test
	void aWaitlistPromotionIsEmailed() throws Exception {
		String slug = event(1);
		ObservatoryUser first = person("en");
		ObservatoryUser waiting = person("el");
		this.events.register(slug, first);
		assertThat(this.events.register(slug, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		this.events.cancel(slug, first);
		deliver();
		assertThat(receivedBy(email(waiting))).hasSize(2);
		MimeMessage promoted = receivedBy(email(waiting)).get(1);
		assertThat(language(promoted)).isEqualTo("el");
		assertThat(subject(promoted)).startsWith("Έχετε πλέον θέση");
		this.mvc.perform(get(linkPath(promoted, "/events/" + slug))).andExpect(status().isOk());
	}

	/**
	 * A guest registers with name, e-mail and organisation; the registration holds no
	 * place until the e-mailed link is opened, and then shows in the administrators' list
	 * with the guest's organisation and address.
	 */
	@Test
	void aGuestRegistersConfirmsThroughTheEmailedLinkAndAppearsInTheAttendeeList() throws Exception {
		String slug = event(3);
		String email = "guest-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post("/events/" + slug + "/guest-registration").with(csrf())
				.param("lang", "el")
				.param("name", "Ελένη Γεωργίου")
				.param("email", email)
				.param("organisation", "Νοσοκομείο Ηρακλείου"))
			.andExpect(redirectedUrl("/events/" + slug))
			.andExpect(flash().attribute("success", "guidelines.event.guest.checkMailbox"));
		assertThat(this.events.find(slug).orElseThrow().seatsLeft()).isEqualTo(3);
		deliver();
		MimeMessage message = onlyMessageTo(email);
		assertThat(language(message)).isEqualTo("el");
		assertThat(subject(message)).startsWith("Επιβεβαιώστε την εγγραφή σας");
		String link = linkPath(message, "/confirmation");
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirm-registration")));
		String token = link.substring(link.indexOf("token=") + 6);
		this.mvc.perform(post("/events/" + slug + "/confirmation").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/events/" + slug))
			.andExpect(flash().attribute("success", "guidelines.event.registered.CONFIRMED"));
		assertThat(this.events.find(slug).orElseThrow().seatsLeft()).isEqualTo(2);
		// the link works once
		this.mvc.perform(post("/events/" + slug + "/confirmation").with(csrf()).param("token", token))
			.andExpect(flash().attribute("error", "guidelines.event.guest.linkInvalid"));
		deliver();
		assertThat(receivedBy(email)).hasSize(2);
		assertThat(subject(receivedBy(email).get(1))).startsWith("Η θέση σας");
		this.mvc.perform(get("/events/manage/" + slug).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Νοσοκομείο Ηρακλείου")))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Confirmed")));
	}

	/**
	 * A guest has no account and so no "cancel" button: the confirmation carries a link
	 * that asks first, cancels once, frees the place and moves the waitlist up.
	 */
	@Test
	void aConfirmedGuestCancelsOnceThroughTheEmailedLinkAndTheWaitlistMovesUp() throws Exception {
		String slug = event(1);
		String email = "leaving-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post("/events/" + slug + "/guest-registration").with(csrf())
				.param("lang", "es")
				.param("name", "Lucía Martín")
				.param("email", email)
				.param("organisation", "Hospital de Valdecilla"))
			.andExpect(redirectedUrl("/events/" + slug));
		deliver();
		String confirm = linkPath(onlyMessageTo(email), "/confirmation");
		this.mvc
			.perform(post("/events/" + slug + "/confirmation").with(csrf())
				.param("token", confirm.substring(confirm.indexOf("token=") + 6)))
			.andExpect(flash().attribute("success", "guidelines.event.registered.CONFIRMED"));
		ObservatoryUser waiting = person("lt");
		assertThat(this.events.register(slug, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		deliver();
		MimeMessage placed = receivedBy(email).get(1);
		assertThat(language(placed)).isEqualTo("es");
		String cancel = linkPath(placed, "/events/registrations/cancel");
		assertThat(cancel).startsWith("/events/registrations/cancel?token=");
		String token = cancel.substring(cancel.indexOf("token=") + 6);

		// opening the link changes nothing: the page asks
		this.mvc.perform(get(cancel).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cancel-registration")))
			.andExpect(content().string(containsString("Outbox meeting")))
			.andExpect(content().string(containsString("Cancelar mi inscripción")));
		assertThat(this.events.find(slug).orElseThrow().seatsLeft()).isZero();

		this.mvc.perform(post("/events/registrations/cancel").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/events/" + slug))
			.andExpect(flash().attribute("success", "guidelines.event.cancelled"));
		assertThat(this.events.registration(slug, waiting.getAccountId()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		deliver();
		List<MimeMessage> toWaiting = receivedBy(email(waiting));
		assertThat(subject(toWaiting.get(toWaiting.size() - 1))).startsWith("Dabar turite vietą");

		// the link works once: the seat the waitlist took stays taken
		this.mvc.perform(post("/events/registrations/cancel").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cancellation-invalid")));
		this.mvc.perform(get(cancel)).andExpect(content().string(containsString("cancellation-invalid")));
		assertThat(this.events.registration(slug, waiting.getAccountId()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		this.mvc.perform(post("/events/registrations/cancel").with(csrf()).param("token", "A".repeat(43)))
			.andExpect(content().string(containsString("cancellation-invalid")));
	}

	@Test
	void anUnconfirmedGuestHoldsNoPlaceAndShowsAsAwaitingConfirmation() throws Exception {
		String slug = event(1);
		String email = "late-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post("/events/" + slug + "/guest-registration").with(csrf())
				.param("name", "Late Guest")
				.param("email", email)
				.param("organisation", "Clinic"))
			.andExpect(redirectedUrl("/events/" + slug));
		ObservatoryUser member = person("en");
		assertThat(this.events.register(slug, member)).isEqualTo(RegistrationStatus.CONFIRMED);
		this.mvc.perform(get("/events/manage/" + slug).with(admin()))
			.andExpect(content().string(containsString("Awaiting e-mail confirmation")));
		deliver();
		String link = linkPath(onlyMessageTo(email), "/confirmation");
		this.mvc
			.perform(post("/events/" + slug + "/confirmation").with(csrf())
				.param("token", link.substring(link.indexOf("token=") + 6)))
			.andExpect(flash().attribute("success", "guidelines.event.registered.WAITLISTED"));
	}

	/**
	 * The answer names the guideline by its title and links to the commented section of
	 * the consultation, which opens for its author; once the consultation has closed, the
	 * link leads to the published guideline instead of a page that no longer answers.
	 */
	@Test
	void anAnswerToAConsultationCommentIsEmailedToItsAuthor() throws Exception {
		ObservatoryUser author = person("es", Role.PARTNER);
		String slug = this.jdbc.sql("""
				select slug from guidelines.guideline where consultation_open and has_draft order by id limit 1""")
			.query(String.class)
			.single();
		long comment = comment(slug, author, 1);
		this.consultation.moderate(slug, comment, false, "Defined in section 2 of the next draft.", "editor");
		deliver();
		MimeMessage message = onlyMessageTo(email(author));
		assertThat(language(message)).isEqualTo("es");
		assertThat(subject(message)).startsWith("Una respuesta a su comentario").doesNotContain(slug);
		assertThat(text(message)).contains("Defined in section 2 of the next draft.", "telehealth");
		String link = linkPath(message, "/guidelines/");
		assertThat(link).isEqualTo("/guidelines/" + slug + "/consultation#section-1");
		this.mvc.perform(get(link.substring(0, link.indexOf('#'))).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"section-1\"")));

		// a published guideline whose consultation is closed
		ObservatoryUser later = person("it", Role.PARTNER);
		String published = this.jdbc.sql("""
				select slug from guidelines.guideline where not consultation_open and latest_version > 0
				order by id limit 1""").query(String.class).single();
		long closed = comment(published, later, 0);
		this.consultation.moderate(published, closed, false, "Taken up in version 2.", "editor");
		deliver();
		String closedLink = linkPath(onlyMessageTo(email(later)), "/guidelines/");
		assertThat(closedLink).isEqualTo("/guidelines/" + published);
		this.mvc.perform(get(closedLink).with(user(later))).andExpect(status().isOk());
	}

	private long comment(String slug, ObservatoryUser author, int section) {
		return this.jdbc
			.sql("""
					insert into guidelines.guideline_comment (guideline_id, section_index, author_account_id, author_name, body)
					values ((select id from guidelines.guideline where slug = ?), ?, ?, ?, 'Please define "telehealth".')
					returning id""")
			.params(slug, section, author.getAccountId(), author.getDisplayName())
			.query(Long.class)
			.single();
	}

	@Test
	void aRaterInvitationIsEmailedInTheLanguageOfTheProfessionalsRequest() throws Exception {
		ObservatoryUser professional = person("en");
		String rater = "rater-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post("/skills/raters").with(csrf())
				.with(user(professional))
				.param("lang", "lt")
				.param("relation", "COLLEAGUE")
				.param("email", rater))
			.andExpect(redirectedUrl("/skills/raters"))
			.andExpect(flash().attribute("success", "skills.raters.sent"));
		deliver();
		MimeMessage message = onlyMessageTo(rater);
		assertThat(language(message)).isEqualTo("lt");
		assertThat(subject(message)).isEqualTo("Mail Tester prašo jūsų nuomonės");
		this.mvc.perform(get(linkPath(message, "/skills/rate/")).with((request) -> {
			request.setRemoteAddr("10.55.0.9");
			return request;
		})).andExpect(status().isOk());
	}

	@Test
	void cohortPlacesAndAWaitlistPromotionAreEmailed() throws Exception {
		long cohort = this.jdbc.sql("""
				insert into lab.cohort (scheme_version_id, title, country_code, starts_on, ends_on, capacity,
				    enrolment_open, created_by)
				select scheme_version_id, 'Mail cohort', country_code, current_date + 30, current_date + 40, 1, true,
				    created_by
				from lab.cohort order by id limit 1
				returning id""").query(Long.class).single();
		ObservatoryUser first = person("da");
		ObservatoryUser second = person("ro");
		assertThat(this.cohorts.enrol(first, cohort, false)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(this.cohorts.enrol(second, cohort, false)).isEqualTo(EnrolmentStatus.WAITLISTED);
		this.cohorts.withdraw(first, cohort);
		deliver();
		MimeMessage enrolled = onlyMessageTo(email(first));
		assertThat(language(enrolled)).isEqualTo("da");
		assertThat(subject(enrolled)).isEqualTo("Din plads på holdet Mail cohort");
		this.mvc.perform(get(linkPath(enrolled, "/lab/cohorts/"))).andExpect(status().isOk());
		assertThat(receivedBy(email(second))).extracting(MailTestSupport::subject)
			.containsExactly("Sunteți pe lista de așteptare a cohortei Mail cohort",
					"Acum aveți un loc în cohorta Mail cohort");
	}

	@Test
	void theEditorsDecisionIsEmailedToTheCasesAuthor() throws Exception {
		long id = this.jdbc.sql("""
				select id from cases.interview_case where status in ('SUBMITTED', 'IN_REVIEW', 'DRAFT')
				order by case status when 'IN_REVIEW' then 0 when 'SUBMITTED' then 1 else 2 end, id limit 1""")
			.query(Long.class)
			.single();
		this.jdbc.sql("update cases.interview_case set status = 'IN_REVIEW' where id = ? and status <> 'IN_REVIEW'")
			.param(id)
			.update();
		String author = this.jdbc.sql("select created_by from cases.interview_case where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String email = "author-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("""
				update core.user_account set email = ?, preferred_language = 'hu' where lower(username) = lower(?)""")
			.params(email, author)
			.update();
		ObservatoryUser editor = new ObservatoryUser(
				this.userAccounts.findByUsernameIgnoreCase("editor").orElseThrow());
		this.review.requestChanges(id, editor, "Please add the baseline of each indicator.");
		deliver();
		MimeMessage message = onlyMessageTo(email);
		assertThat(language(message)).isEqualTo("hu");
		assertThat(subject(message)).startsWith("Módosításokat kértek");
		assertThat(text(message)).contains("Please add the baseline of each indicator.");
		assertThat(linkPath(message, "/cases/my/")).isEqualTo("/cases/my/" + id);
	}

	/** Archiving is an editor's decision too: the author hears it, with the reason. */
	@Test
	void archivingACaseIsEmailedToItsAuthorWithTheReason() throws Exception {
		long id = this.jdbc
			.sql("select id from cases.interview_case where status = 'PUBLISHED' order by id desc limit 1")
			.query(Long.class)
			.single();
		String author = this.jdbc.sql("select created_by from cases.interview_case where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String email = "archived-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("""
				update core.user_account set email = ?, preferred_language = 'ro' where lower(username) = lower(?)""")
			.params(email, author)
			.update();
		ObservatoryUser editor = new ObservatoryUser(
				this.userAccounts.findByUsernameIgnoreCase("editor").orElseThrow());
		this.review.archive(id, editor, "The service closed in 2025.");
		deliver();
		MimeMessage message = onlyMessageTo(email);
		assertThat(language(message)).isEqualTo("ro");
		assertThat(subject(message)).startsWith("Cazul dumneavoastră").contains("arhivat");
		assertThat(text(message)).contains("The service closed in 2025.");
		String link = linkPath(message, "/cases/my/");
		assertThat(link).isEqualTo("/cases/my/" + id);
		// the link opens for the case's organisation, whose partners keep its archived
		// copy
		long organisation = this.jdbc.sql("select organisation_id from cases.interview_case where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		String name = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
		ObservatoryUser partner = new ObservatoryUser(
				this.accounts
					.createIfAbsent(
							new NewAccount(name, "Case Colleague", name + "@example.org",
									"correct horse battery staple"),
							Role.PARTNER, this.organisations.findById(organisation).orElseThrow())
					.orElseThrow());
		this.mvc.perform(get(link).with(user(partner))).andExpect(status().isOk());
	}

	private String event(int capacity) {
		String slug = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.now().plus(Duration.ofDays(20));
		this.events.create(new NewEvent(slug, "Outbox meeting", EventKind.WORKSHOP, "CY", start,
				start.plus(Duration.ofHours(3)), "Nicosia", null, "Agenda", capacity), "test");
		return slug;
	}

	/** An account with an address, reading the observatory in the given language. */
	ObservatoryUser person(String language) {
		return person(language, Role.PROFESSIONAL);
	}

	ObservatoryUser person(String language, Role role) {
		String name = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount account = this.accounts
			.createIfAbsent(new NewAccount(name, "Mail Tester", name + "@example.org", "correct horse battery staple"),
					role, null)
			.orElseThrow();
		this.jdbc.sql("update core.user_account set preferred_language = ? where id = ?")
			.params(language, account.getId())
			.update();
		return new ObservatoryUser(account);
	}

	RequestPostProcessor admin() {
		return user(new ObservatoryUser(this.userAccounts.findByUsernameIgnoreCase("admin").orElseThrow()));
	}

	static String email(ObservatoryUser person) {
		return person.getUsername() + "@example.org";
	}

}
