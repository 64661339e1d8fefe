package eu.dhso.lab.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import eu.dhso.core.DemoContent;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.directory.People;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortFields;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.resource.ResourceFields;
import eu.dhso.lab.resource.ResourceKind;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;
import eu.dhso.lab.demo.DemoResources.DemoResource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The learning lab's demonstration content: an H-PASS-like scheme of seven modules
 * published by the demo editor, pilots in the six H-PASS countries (three finished
 * cohorts of 25 synthetic participants with attendance, pre/post levels and feedback,
 * three upcoming ones open for enrolment), all run by the demo trainer who coordinates
 * the pilots, and an open library of resources. Synthetic participants have names and no
 * accounts; their rows are written in batches.
 */
@Component
class DemoLearningLab implements DemoContent {

	static final String SCHEME_TITLE = "Digital soft skills for health professionals: the H-PASS learning path";

	static final int PARTICIPANTS = 25;

	private final SchemeDrafts schemes;

	private final SchemeReview review;

	private final PublishedSchemes published;

	private final CohortPlanning cohorts;

	private final CohortViews views;

	private final ResourceLibrary resources;

	private final People accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SchemeTranslating translating;

	DemoLearningLab(SchemeDrafts schemes, SchemeReview review, PublishedSchemes published, CohortPlanning cohorts,
			CohortViews views, ResourceLibrary resources, People accounts, JdbcTemplate jdbc, Optional<Clock> clock,
			SchemeTranslating translating) {
		this.translating = translating;
		this.schemes = schemes;
		this.review = review;
		this.published = published;
		this.cohorts = cohorts;
		this.views = views;
		this.resources = resources;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public int loadMissing() {
		Optional<ObservatoryUser> trainerAccount = this.accounts.principal("trainer");
		Optional<ObservatoryUser> editorAccount = this.accounts.principal("editor");
		if (trainerAccount.isEmpty() || editorAccount.isEmpty()) {
			return 0;
		}
		ObservatoryUser trainer = trainerAccount.get();
		ObservatoryUser editor = editorAccount.get();
		int added = resources(trainer, editor);
		Integer existing = this.jdbc.queryForObject("select count(*) from lab.scheme where title = ?", Integer.class,
				SCHEME_TITLE);
		if (existing != null && existing > 0) {
			return added;
		}
		SchemeSnapshot scheme = scheme(trainer, editor);
		added += 1 + scheme.modules().size();
		added += pilots(trainer, scheme);
		return added;
	}

	private int resources(ObservatoryUser trainer, ObservatoryUser editor) {
		int added = 0;
		for (DemoResource r : DemoResources.ALL) {
			if (this.resources.existsWithTitle(r.title())) {
				continue;
			}
			ResourceFields fields = new ResourceFields(r.title(), r.description(), r.kind(), r.language(), r.licence(),
					r.level(), r.competences(), r.technologies(), r.professions(),
					(r.kind() == ResourceKind.LINK || r.file() == null) ? r.url() : null);
			this.resources.create((added % 3 == 0) ? editor : trainer, fields,
					(r.kind() != ResourceKind.LINK && r.file() != null)
							? new eu.dhso.lab.resource.UploadedFile(r.fileName(), r.file()) : null);
			added++;
		}
		return added;
	}

	private SchemeSnapshot scheme(ObservatoryUser trainer, ObservatoryUser editor) {
		long id = this.schemes.create(trainer, new SchemeFields(SCHEME_TITLE, """
				A blended learning path that develops the soft skills the skills map shows are missing when care \
				goes digital: talking with patients through screens, working in connected teams, leading change, \
				thinking critically about data and AI, and keeping care ethical and person-centred. Modules combine \
				synchronous workshops, asynchronous e-learning, real-living lab simulations and IO1 case studies. \
				A train-the-trainers track prepares facilitators, and a digital change agents track prepares staff \
				who carry the change into their wards and practices.""",
				List.of("NURSE", "DOCTOR", "ALLIED_HEALTH", "PHARMACIST", "HEALTHCARE_MANAGER"), "en", 42, true, true));
		for (DemoModule module : DemoModule.ALL) {
			long moduleId = this.schemes.addModule(trainer, id, module.title(), module.summary(),
					module.technologies());
			for (String[] outcome : module.outcomes()) {
				this.schemes.addOutcome(trainer, id, moduleId, outcome[0], Integer.parseInt(outcome[1]), outcome[2]);
			}
			for (DemoModule.Activity activity : module.activities()) {
				this.schemes.addActivity(trainer, id, moduleId, activity.title(), activity.type(), activity.delivery(),
						activity.minutes(), null);
			}
		}
		this.schemes.submit(trainer, id);
		SchemeSnapshot published = this.review.publish(editor, id);
		translate(id, trainer.getUsername());
		return published;
	}

	/** The scheme's and its modules' titles in Greek and Italian. */
	private void translate(long id, String actor) {
		List<String> modules = DemoModule.ALL.stream().map(DemoModule::title).toList();
		this.translating.translateTitles(id, "el",
				"Ψηφιακές ήπιες δεξιότητες για επαγγελματίες υγείας: η μαθησιακή διαδρομή H-PASS",
				titles(modules, "Επικοινωνία με τους ασθενείς μέσα από την οθόνη",
						"Συνεργασία σε ψηφιακά διασυνδεδεμένες ομάδες φροντίδας",
						"Ηγούμαστε και ζούμε την ψηφιακή αλλαγή", "Κριτική σκέψη με δεδομένα και τεχνητή νοημοσύνη",
						"Προσωποκεντρική και δεοντολογική ψηφιακή φροντίδα",
						"Υγεία 4.0 στο ζωντανό εργαστήριο πραγματικών συνθηκών",
						"Εκπαίδευση εκπαιδευτών: πώς διευκολύνουμε τη μάθηση ψηφιακών δεξιοτήτων"),
				actor);
		this.translating.translateTitles(id, "it",
				"Competenze trasversali digitali per i professionisti sanitari: il percorso formativo H-PASS",
				titles(modules, "Parlare con i pazienti attraverso uno schermo",
						"Lavorare in équipe di cura connesse digitalmente", "Guidare e vivere il cambiamento digitale",
						"Pensare in modo critico con i dati e l’intelligenza artificiale",
						"Un’assistenza digitale etica e centrata sulla persona", "Sanità 4.0 nel living lab",
						"Formare i formatori: facilitare l’apprendimento delle competenze digitali"),
				actor);
	}

	private static Map<String, String> titles(List<String> sources, String... translations) {
		Map<String, String> titles = new java.util.HashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			titles.put(sources.get(i), translations[i]);
		}
		return titles;
	}

	/**
	 * Six pilots: three finished with synthetic participants, three upcoming and open.
	 */
	private int pilots(ObservatoryUser trainer, SchemeSnapshot scheme) {
		long versionId = this.published.latestVersions()
			.stream()
			.filter((v) -> v.scheme().schemeId() == scheme.schemeId())
			.findFirst()
			.orElseThrow()
			.versionId();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		int added = 0;
		String[][] finished = { { "LT", "Vilnius pilot cohort", "200" }, { "IT", "Pisa pilot cohort", "150" },
				{ "GR", "Athens pilot cohort", "110" } };
		for (int i = 0; i < finished.length; i++) {
			ObservatoryUser owner = trainer;
			LocalDate start = today.minusDays(Long.parseLong(finished[i][2]));
			LocalDate end = start.plusDays(7L * (scheme.modules().size() - 1));
			long cohortId = this.cohorts.create(owner,
					new CohortFields(versionId, finished[i][1], finished[i][0], start, end, PARTICIPANTS, 80));
			addSessions(owner, cohortId, scheme, start);
			added += 1 + participants(cohortId, scheme, new Random(1000L + i), i);
		}
		String[][] upcoming = { { "CY", "Limassol pilot cohort", "21" }, { "HU", "Budapest pilot cohort", "35" },
				{ "RO", "Cluj-Napoca pilot cohort", "49" } };
		for (String[] pilot : upcoming) {
			ObservatoryUser owner = trainer;
			LocalDate start = today.plusDays(Long.parseLong(pilot[2]));
			long cohortId = this.cohorts.create(owner, new CohortFields(versionId, pilot[1], pilot[0], start,
					start.plusDays(7L * (scheme.modules().size() - 1)), PARTICIPANTS, 80));
			addSessions(owner, cohortId, scheme, start);
			added++;
		}
		return added;
	}

	private void addSessions(ObservatoryUser owner, long cohortId, SchemeSnapshot scheme, LocalDate start) {
		for (ModuleSnapshot module : scheme.modules()) {
			this.cohorts.addSession(owner, cohortId,
					new SessionFields("Session " + module.position() + ": " + module.title(),
							start.plusDays(7L * (module.position() - 1)), LocalTime.of(9, 30), LocalTime.of(13, 0),
							(module.position() % 2 == 0) ? "Online (video conference)" : "Real-living lab, room 2",
							module.moduleId()));
		}
	}

	/**
	 * 25 synthetic participants with attendance, activities, pre/post levels and
	 * feedback.
	 */
	private int participants(long cohortId, SchemeSnapshot scheme, Random random, int pilot) {
		var cohort = this.views.require(cohortId);
		Instant requested = cohort.startsOn().minusDays(20).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Object[]> enrolments = new ArrayList<>();
		for (int p = 1; p <= PARTICIPANTS; p++) {
			enrolments.add(new Object[] { cohortId, String.format("Participant %s-%02d", cohort.countryCode(), p),
					Timestamp.from(requested.plusSeconds(p * 600L)) });
		}
		this.jdbc.batchUpdate("""
				insert into lab.enrolment (cohort_id, participant_name, status, requested_at, enrolled_at, synthetic)
				values (?, ?, 'ENROLLED', ?, ?, true)""",
				enrolments.stream().map((e) -> new Object[] { e[0], e[1], e[2], e[2] }).toList());
		List<Long> ids = this.jdbc.queryForList("select id from lab.enrolment where cohort_id = ? order by id",
				Long.class, cohortId);
		List<Long> sessions = this.views.sessions(cohortId).stream().map((s) -> s.id()).toList();
		List<Object[]> attendance = new ArrayList<>();
		List<Object[]> done = new ArrayList<>();
		List<Object[]> levels = new ArrayList<>();
		Timestamp recorded = Timestamp.from(cohort.endsOn().atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp pre = Timestamp.from(cohort.startsOn().minusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp post = Timestamp.from(cohort.endsOn().plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant());
		double strength = 0.45 + 0.1 * pilot;
		for (Long enrolment : ids) {
			double diligence = 0.78 + random.nextDouble() * 0.22;
			for (Long session : sessions) {
				attendance.add(new Object[] { session, enrolment, random.nextDouble() < diligence, recorded });
			}
			for (ModuleSnapshot module : scheme.modules()) {
				for (Integer n : module.selfPacedActivities()) {
					if (random.nextDouble() < diligence + 0.05) {
						done.add(new Object[] { enrolment, module.moduleId(), n, recorded });
					}
				}
			}
			for (String code : scheme.competenceCodes()) {
				int before = 1 + random.nextInt(3);
				int step = (random.nextDouble() < strength) ? 1 : 0;
				step += (random.nextDouble() < strength / 3) ? 1 : 0;
				levels.add(new Object[] { enrolment, "PRE", code, before, pre });
				levels.add(new Object[] { enrolment, "POST", code, Math.min(4, before + step), post });
			}
		}
		this.jdbc.batchUpdate("""
				insert into lab.attendance (session_id, enrolment_id, present, recorded_at) values (?, ?, ?, ?)""",
				attendance);
		this.jdbc.batchUpdate("""
				insert into lab.activity_done (enrolment_id, module_id, activity_no, done_at) values (?, ?, ?, ?)""",
				done);
		this.jdbc.batchUpdate("""
				insert into lab.competence_result (enrolment_id, phase, competence_code, level, assessed_at)
				values (?, ?, ?, ?, ?)""", levels);
		feedback(ids, scheme, random, post);
		return ids.size();
	}

	private void feedback(List<Long> enrolments, SchemeSnapshot scheme, Random random, Timestamp at) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> ratings = new ArrayList<>();
		List<Long> feedbackIds = this.jdbc.queryForList(
				"select nextval('lab.feedback_id_seq') from generate_series(1, ?)", Long.class,
				enrolments.size() * scheme.modules().size());
		int next = 0;
		for (Long enrolment : enrolments) {
			for (ModuleSnapshot module : scheme.modules()) {
				if (random.nextDouble() > 0.88) {
					continue;
				}
				long id = feedbackIds.get(next++);
				int base = 3 + random.nextInt(2) + ((module.position() % 3 == 0) ? 0 : 1);
				String comment = (random.nextDouble() < 0.3) ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
				rows.add(new Object[] { id, enrolment, module.moduleId(), likert(base, random), likert(base, random),
						likert(base - 1, random), likert(base, random), likert(base, random), comment, at });
				for (ActivityType type : module.activityTypes()) {
					int typeBase = TYPE_BASE.getOrDefault(type, 4);
					ratings.add(new Object[] { id, type.name(), likert(typeBase, random) });
				}
			}
		}
		this.jdbc.batchUpdate("""
				insert into lab.feedback (id, enrolment_id, module_id, relevance, clarity, applicability, facilitation,
				    overall, comment, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.batchUpdate("insert into lab.feedback_activity (feedback_id, activity_type, rating) values (?, ?, ?)",
				ratings);
	}

	private static int likert(int base, Random random) {
		int value = base + random.nextInt(3) - 1;
		return Math.max(1, Math.min(5, value));
	}

	static final Map<ActivityType, Integer> TYPE_BASE = Map.of(ActivityType.WORKSHOP, 4, ActivityType.LIVING_LAB, 5,
			ActivityType.ELEARNING, 3, ActivityType.CASE_STUDY, 4, ActivityType.PEER_EXCHANGE, 4,
			ActivityType.ASSESSMENT, 3);

	static final String[] COMMENTS = {
			"The role play of a difficult video consultation was the most useful part; I used the opening checklist the next day.",
			"More time for the simulation in the real-living lab, please. The e-learning could be shorter.",
			"Very practical. The case from the IO1 library made the barriers to telemonitoring concrete.",
			"I would like examples from community pharmacy as well, not only from hospitals.",
			"The peer exchange with colleagues from other wards helped me see how others handle portal messages.",
			"The VR scenario was impressive but the headset set-up took a long time.",
			"Good balance between theory and practice; the trainers answered every question.",
			"The assessment questions were sometimes ambiguous.",
			"Now I feel confident explaining to patients what their wearable data mean.",
			"The 3D printing demonstration was inspiring, although not directly relevant to my daily work." };

}
