package eu.dhso.lab.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.dhso.core.DemoContent;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.ReferenceAccounts;
import eu.dhso.core.account.Role;
import eu.dhso.core.directory.People;
import eu.dhso.lab.certificate.CertificateIssuing;
import eu.dhso.lab.cohort.CohortFields;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ProfileFields;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.trainer.TrainerQualification;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The train-the-trainers track of the H-PASS learning path, run by a master trainer: the
 * demo trainer took part in its finished cohort, completed it by the cohort's own rule
 * and, with the certificate, became a certified trainer of the H-PASS path. Both are
 * listed in the directory of experts; the demo partner's hospital asked the trainer to
 * follow up, and the trainer accepted.
 */
@Component
class DemoTrainerTrack implements DemoContent {

	static final String TRACK_TITLE = "Train the trainers: facilitating the H-PASS learning path";

	static final String MASTER_TRAINER = "master-trainer";

	private final SchemeDrafts schemes;

	private final SchemeReview review;

	private final PublishedSchemes published;

	private final CohortPlanning cohorts;

	private final CohortViews views;

	private final CertificateIssuing certificates;

	private final TrainerQualification qualification;

	private final ExpertDirectory directory;

	private final ReferenceAccounts reference;

	private final People people;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EntityManager entityManager;

	DemoTrainerTrack(SchemeDrafts schemes, SchemeReview review, PublishedSchemes published, CohortPlanning cohorts,
			CohortViews views, CertificateIssuing certificates, TrainerQualification qualification,
			ExpertDirectory directory, ReferenceAccounts reference, People people, JdbcTemplate jdbc,
			Optional<Clock> clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.schemes = schemes;
		this.review = review;
		this.published = published;
		this.cohorts = cohorts;
		this.views = views;
		this.certificates = certificates;
		this.qualification = qualification;
		this.directory = directory;
		this.reference = reference;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public int order() {
		// after the H-PASS path it qualifies trainers for
		return 31;
	}

	@Override
	public int loadMissing() {
		Optional<ObservatoryUser> trainerAccount = this.people.principal("trainer");
		Optional<ObservatoryUser> editorAccount = this.people.principal("editor");
		Optional<SchemeSnapshot> hpass = this.published.latestVersions()
			.stream()
			.map(PublishedVersion::scheme)
			.filter((s) -> s.title().equals(DemoLearningLab.SCHEME_TITLE))
			.findFirst();
		if (trainerAccount.isEmpty() || editorAccount.isEmpty() || hpass.isEmpty()) {
			return 0;
		}
		ObservatoryUser trainer = trainerAccount.get();
		int added = 0;
		// a person of the demo, not a login: nobody is given the password
		if (this.reference.addAccountIfAbsent(MASTER_TRAINER, "Katerina Nikolaou", UUID.randomUUID().toString(),
				Role.TRAINER, null)) {
			added++;
		}
		ObservatoryUser master = this.people.principal(MASTER_TRAINER).orElseThrow();
		Integer existing = this.jdbc.queryForObject("select count(*) from lab.scheme where title = ?", Integer.class,
				TRACK_TITLE);
		if (existing == null || existing == 0) {
			added += track(master, editorAccount.get(), trainer, hpass.get());
		}
		added += profiles(trainer, master);
		added += request(trainer);
		return added;
	}

	private int track(ObservatoryUser master, ObservatoryUser editor, ObservatoryUser trainer, SchemeSnapshot hpass) {
		long id = this.schemes.create(master, new SchemeFields(TRACK_TITLE, """
				For facilitators who will run cohorts of the H-PASS learning path: how adults learn soft skills, \
				running blended sessions and real-living lab simulations, giving feedback, and measuring learning \
				gain with the pre/post self-assessment. Completing it, with its certificate, certifies a trainer \
				for the H-PASS learning path.""", List.of("NURSE", "DOCTOR", "HEALTHCARE_MANAGER"), "en", 16, true,
				false));
		long module = this.schemes.addModule(master, id, "Facilitating the H-PASS modules",
				"Micro-teaching of each module's key activity, with feedback from peers and the master trainer.",
				List.of());
		this.schemes.addOutcome(master, id, module, "S8.3", 4,
				"Facilitates an H-PASS session for colleagues, from the opening to the debriefing.");
		this.schemes.addOutcome(master, id, module, "S8.1", 3,
				"Reads a cohort's pre/post results and plans support for participants who struggle.");
		this.schemes.addActivity(master, id, module, "Workshop: facilitating blended and real-living lab sessions",
				ActivityType.WORKSHOP, Delivery.ON_SITE, 240, null);
		this.schemes.addActivity(master, id, module, "Peer exchange: micro-teaching with feedback",
				ActivityType.PEER_EXCHANGE, Delivery.ON_SITE, 180, null);
		this.schemes.addActivity(master, id, module, "E-learning: how adults learn soft skills", ActivityType.ELEARNING,
				Delivery.ONLINE, 90, null);
		this.schemes.submit(master, id);
		SchemeSnapshot track = this.review.publish(editor, id);
		this.qualification.addTrack(master, id, hpass.schemeId());
		long versionId = this.published.latestVersions()
			.stream()
			.filter((v) -> v.scheme().schemeId() == track.schemeId())
			.findFirst()
			.orElseThrow()
			.versionId();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate start = today.minusDays(240);
		long cohortId = this.cohorts.create(master, new CohortFields(versionId,
				"Thessaloniki train-the-trainers cohort", "GR", start, start.plusDays(1), 12, 80));
		this.cohorts.addSession(master, cohortId, new SessionFields("Day 1: facilitating blended sessions", start,
				LocalTime.of(9, 0), LocalTime.of(17, 0), "Real-living lab, room 1", module));
		this.cohorts.addSession(master, cohortId, new SessionFields("Day 2: micro-teaching and assessment",
				start.plusDays(1), LocalTime.of(9, 0), LocalTime.of(16, 0), "Real-living lab, room 1", module));
		// the trainer took part when the cohort ran: a place, both days present, levels
		// before and after
		Timestamp requested = Timestamp.from(start.minusDays(20).atStartOfDay(ZoneOffset.UTC).toInstant());
		Long enrolment = this.jdbc.queryForObject("""
				insert into lab.enrolment (cohort_id, account_id, participant_name, status, requested_at, enrolled_at,
				    levels_consent) values (?, ?, ?, 'ENROLLED', ?, ?, true) returning id""", Long.class, cohortId,
				trainer.getAccountId(), trainer.getDisplayName(), requested, requested);
		Timestamp recorded = Timestamp.from(start.plusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC));
		for (var session : this.views.sessions(cohortId)) {
			this.jdbc.update("""
					insert into lab.attendance (session_id, enrolment_id, present, recorded_by, recorded_at)
					values (?, ?, true, ?, ?)""", session.id(), enrolment, master.getAccountId(), recorded);
		}
		this.jdbc.update(
				"insert into lab.activity_done (enrolment_id, module_id, activity_no, done_at) values (?, ?, 3, ?)",
				enrolment, module, requested);
		Timestamp pre = Timestamp.from(start.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp post = Timestamp.from(start.plusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant());
		for (String[] level : new String[][] { { "S8.3", "2", "4" }, { "S8.1", "3", "4" } }) {
			this.jdbc.update("""
					insert into lab.competence_result (enrolment_id, phase, competence_code, level, assessed_at)
					values (?, 'PRE', ?, ?, ?), (?, 'POST', ?, ?, ?)""", enrolment, level[0],
					Integer.parseInt(level[1]), pre, enrolment, level[0], Integer.parseInt(level[2]), post);
		}
		// the cohort is read again with the rows written above; completion by its own
		// rule issues the certificate, which certifies
		this.entityManager.flush();
		this.entityManager.clear();
		this.certificates.issueFor(trainer, cohortId);
		return 8;
	}

	private int profiles(ObservatoryUser trainer, ObservatoryUser master) {
		int added = 0;
		if (this.directory.own(trainer).isEmpty()) {
			this.directory.saveOwn(trainer,
					new ProfileFields("""
							Nurse educator at the Baltic Digital Care Academy. I coordinate the H-PASS pilots and run \
							cohorts on remote consultations, connected care teams and leading digital change, in \
							hospitals and primary care. I also help wards plan how to adopt a new clinical system.""",
							"Two days a month for follow-up workshops; online coaching on request.",
							List.of("en", "lt"), List.of("LT", "LV", "EE"), List.of("S1.1", "S2.1", "S3.1", "S8.3")),
					true);
			added++;
		}
		if (this.directory.own(master).isEmpty()) {
			this.directory.saveOwn(master, new ProfileFields("""
					Master trainer and psychologist. I train facilitators for blended and simulation-based \
					learning in health care, with a focus on empathy in remote care and on ethics of data use.""",
					"Available from next quarter, in Greece, Cyprus or online.", List.of("el", "en"),
					List.of("GR", "CY"), List.of("S6.1", "S8.1", "S8.3")), true);
			added++;
		}
		return added;
	}

	private int request(ObservatoryUser trainer) {
		Optional<ObservatoryUser> partner = this.people.principal("partner").filter(ExpertDirectory::mayRequest);
		Optional<ExpertDirectory.ExpertView> expert = this.directory.own(trainer);
		if (partner.isEmpty() || expert.isEmpty() || !expert.get().listed()
				|| !this.directory.requestsOf(partner.get()).sent().isEmpty()) {
			return 0;
		}
		long id = this.directory.request(partner.get(), expert.get().id(),
				"Follow-up workshop on remote consultations for our outpatient nurses", """
						After our nurses took part in the H-PASS pilot we would like a half-day follow-up \
						workshop on difficult video consultations, for about 15 outpatient nurses, this spring.""");
		this.directory.answer(trainer, id, true, """
				Gladly. I can come in the second half of April; I will bring the role-play scenarios from the \
				pilot. Please send me two or three dates that suit your ward.""");
		return 1;
	}

}
