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

	/** The demo outcomes in Greek, each after its English source. */
	private static final String[] OUTCOMES_EL = {
			"Runs a remote consultation from opening checks to safety-netting and handles a distressed patient on video.",
			"Διεξάγει μια εξ αποστάσεως συμβουλευτική επίσκεψη από τους αρχικούς ελέγχους έως τις οδηγίες ασφαλείας και χειρίζεται έναν αγχωμένο ασθενή μέσω βίντεο.",
			"Explains to a patient what the data of a home-monitoring app mean for them, without jargon.",
			"Εξηγεί σε έναν ασθενή, χωρίς ορολογία, τι σημαίνουν για τον ίδιο τα δεδομένα μιας εφαρμογής παρακολούθησης στο σπίτι.",
			"Uses a structured format (such as SBAR) for handovers in chat, video and the record.",
			"Χρησιμοποιεί δομημένη μορφή (όπως το SBAR) για την παράδοση ασθενών σε συνομιλία, βίντεο και φάκελο.",
			"Agrees with the team who documents, reads and acts on shared digital information.",
			"Συμφωνεί με την ομάδα ποιος καταγράφει, ποιος διαβάζει και ποιος ενεργεί με βάση τις κοινές ψηφιακές πληροφορίες.",
			"Describes a problem with a clinical system so that IT staff can reproduce and solve it.",
			"Περιγράφει ένα πρόβλημα ενός κλινικού συστήματος ώστε το προσωπικό πληροφορικής να μπορεί να το αναπαραγάγει και να το λύσει.",
			"Plans how to learn and adopt a new digital tool without putting care at risk.",
			"Σχεδιάζει πώς θα μάθει και θα υιοθετήσει ένα νέο ψηφιακό εργαλείο χωρίς να θέσει σε κίνδυνο τη φροντίδα.",
			"Supports hesitant colleagues through the first weeks of a new system.",
			"Στηρίζει τους διστακτικούς συναδέλφους στις πρώτες εβδομάδες ενός νέου συστήματος.",
			"Motivates a team to try a digital improvement and gathers its feedback.",
			"Παρακινεί μια ομάδα να δοκιμάσει μια ψηφιακή βελτίωση και συγκεντρώνει τα σχόλιά της.",
			"Appraises the evidence for a health app or decision-support tool before recommending it.",
			"Αξιολογεί τα τεκμήρια για μια εφαρμογή υγείας ή ένα εργαλείο υποστήριξης αποφάσεων πριν το συστήσει.",
			"Questions a decision-support alert and documents why it was followed or overridden.",
			"Αμφισβητεί με κριτικό πνεύμα μια ειδοποίηση υποστήριξης αποφάσεων και καταγράφει γιατί την ακολούθησε ή την παρέκαμψε.",
			"Keeps empathy and presence during remote care, noticing cues a screen can hide.",
			"Διατηρεί την ενσυναίσθηση και την παρουσία του στην εξ αποστάσεως φροντίδα και προσέχει ενδείξεις που μια οθόνη μπορεί να κρύψει.",
			"Offers alternatives to patients who cannot or will not use digital services.",
			"Προσφέρει εναλλακτικές λύσεις στους ασθενείς που δεν μπορούν ή δεν θέλουν να χρησιμοποιήσουν ψηφιακές υπηρεσίες.",
			"Weighs benefits and risks of sharing health data with the patient and records consent.",
			"Σταθμίζει μαζί με τον ασθενή τα οφέλη και τους κινδύνους της κοινοποίησης δεδομένων υγείας και καταγράφει τη συγκατάθεσή του.",
			"Matches a care need with a suitable Health 4.0 technology and its limits.",
			"Αντιστοιχίζει μια ανάγκη φροντίδας με την κατάλληλη τεχνολογία Υγείας 4.0, γνωρίζοντας τα όριά της.",
			"Interprets data from wearables and remote monitoring together with the patient.",
			"Ερμηνεύει μαζί με τον ασθενή τα δεδομένα από φορητές συσκευές και την εξ αποστάσεως παρακολούθηση.",
			"Reflects on how an emerging technology would change their own role.",
			"Αναστοχάζεται πώς μια αναδυόμενη τεχνολογία θα άλλαζε τον δικό του ρόλο.",
			"Identifies own and colleagues' learning needs from a skills-profile result.",
			"Εντοπίζει τις δικές του μαθησιακές ανάγκες και των συναδέλφων του από τα αποτελέσματα ενός προφίλ δεξιοτήτων.",
			"Facilitates a short blended learning session for colleagues.",
			"Διευκολύνει μια σύντομη συνεδρία μικτής μάθησης για συναδέλφους.",
			"Chooses between video, telephone and face-to-face contact for a given patient and situation.",
			"Επιλέγει ανάμεσα σε βιντεοκλήση, τηλέφωνο και δια ζώσης επαφή ανάλογα με τον ασθενή και την περίσταση.",
			"Explains to a colleague the limits of an AI risk score in their setting.",
			"Εξηγεί σε έναν συνάδελφο τα όρια ενός δείκτη κινδύνου τεχνητής νοημοσύνης στο δικό τους πλαίσιο εργασίας.",
			"Applies data protection rules when using messaging and wearable data in care.",
			"Εφαρμόζει τους κανόνες προστασίας δεδομένων όταν χρησιμοποιεί στη φροντίδα μηνύματα και δεδομένα από φορητές συσκευές.",
			"Chooses and reuses openly licensed resources correctly.",
			"Επιλέγει και επαναχρησιμοποιεί σωστά πόρους με ανοιχτή άδεια χρήσης.", };

	/** The demo outcomes in Italian, each after its English source. */
	private static final String[] OUTCOMES_IT = {
			"Runs a remote consultation from opening checks to safety-netting and handles a distressed patient on video.",
			"Conduce una televisita dai controlli iniziali alle indicazioni di sicurezza finali e gestisce in video un paziente in difficoltà.",
			"Explains to a patient what the data of a home-monitoring app mean for them, without jargon.",
			"Spiega a un paziente, senza gergo tecnico, che cosa significano per lui i dati di un’app di monitoraggio domiciliare.",
			"Uses a structured format (such as SBAR) for handovers in chat, video and the record.",
			"Usa un formato strutturato (come l’SBAR) per le consegne in chat, in video e nella cartella.",
			"Agrees with the team who documents, reads and acts on shared digital information.",
			"Concorda con l’équipe chi documenta, chi legge e chi agisce sulle informazioni digitali condivise.",
			"Describes a problem with a clinical system so that IT staff can reproduce and solve it.",
			"Descrive un problema di un sistema clinico in modo che il personale informatico possa riprodurlo e risolverlo.",
			"Plans how to learn and adopt a new digital tool without putting care at risk.",
			"Pianifica come imparare e adottare un nuovo strumento digitale senza mettere a rischio l’assistenza.",
			"Supports hesitant colleagues through the first weeks of a new system.",
			"Sostiene i colleghi esitanti nelle prime settimane di un nuovo sistema.",
			"Motivates a team to try a digital improvement and gathers its feedback.",
			"Motiva un’équipe a provare un miglioramento digitale e ne raccoglie il riscontro.",
			"Appraises the evidence for a health app or decision-support tool before recommending it.",
			"Valuta le evidenze a sostegno di un’app sanitaria o di uno strumento di supporto decisionale prima di raccomandarli.",
			"Questions a decision-support alert and documents why it was followed or overridden.",
			"Mette in discussione un avviso del supporto decisionale e documenta perché è stato seguito o ignorato.",
			"Keeps empathy and presence during remote care, noticing cues a screen can hide.",
			"Mantiene empatia e presenza nell’assistenza a distanza, cogliendo i segnali che uno schermo può nascondere.",
			"Offers alternatives to patients who cannot or will not use digital services.",
			"Offre alternative ai pazienti che non possono o non vogliono usare i servizi digitali.",
			"Weighs benefits and risks of sharing health data with the patient and records consent.",
			"Valuta con il paziente benefici e rischi della condivisione dei dati sanitari e ne registra il consenso.",
			"Matches a care need with a suitable Health 4.0 technology and its limits.",
			"Associa un bisogno di cura a una tecnologia di Sanità 4.0 adatta, conoscendone i limiti.",
			"Interprets data from wearables and remote monitoring together with the patient.",
			"Interpreta insieme al paziente i dati dei dispositivi indossabili e del monitoraggio a distanza.",
			"Reflects on how an emerging technology would change their own role.",
			"Riflette su come una tecnologia emergente cambierebbe il proprio ruolo.",
			"Identifies own and colleagues' learning needs from a skills-profile result.",
			"Individua i bisogni formativi propri e dei colleghi a partire dal risultato di un profilo delle competenze.",
			"Facilitates a short blended learning session for colleagues.",
			"Conduce per i colleghi una breve sessione di apprendimento misto.",
			"Chooses between video, telephone and face-to-face contact for a given patient and situation.",
			"Sceglie tra video, telefono e incontro di persona in base al paziente e alla situazione.",
			"Explains to a colleague the limits of an AI risk score in their setting.",
			"Spiega a un collega i limiti di un punteggio di rischio basato sull’intelligenza artificiale nel proprio contesto.",
			"Applies data protection rules when using messaging and wearable data in care.",
			"Applica le regole di protezione dei dati quando usa nell’assistenza la messaggistica e i dati dei dispositivi indossabili.",
			"Chooses and reuses openly licensed resources correctly.",
			"Sceglie e riutilizza correttamente risorse con licenza aperta.", };

	/** The scheme's and its modules' titles and its outcomes in Greek and Italian. */
	private void translate(long id, String actor) {
		List<String> modules = DemoModule.ALL.stream().map(DemoModule::title).toList();
		this.translating.translateTitles(id, "el",
				"Ψηφιακές ήπιες δεξιότητες για επαγγελματίες υγείας: η μαθησιακή διαδρομή H-PASS",
				titles(modules, OUTCOMES_EL, "Επικοινωνία με τους ασθενείς μέσα από την οθόνη",
						"Συνεργασία σε ψηφιακά διασυνδεδεμένες ομάδες φροντίδας",
						"Ηγούμαστε και ζούμε την ψηφιακή αλλαγή", "Κριτική σκέψη με δεδομένα και τεχνητή νοημοσύνη",
						"Προσωποκεντρική και δεοντολογική ψηφιακή φροντίδα",
						"Υγεία 4.0 στο ζωντανό εργαστήριο πραγματικών συνθηκών",
						"Εκπαίδευση εκπαιδευτών: πώς διευκολύνουμε τη μάθηση ψηφιακών δεξιοτήτων"),
				actor);
		this.translating.translateTitles(id, "it",
				"Competenze trasversali digitali per i professionisti sanitari: il percorso formativo H-PASS",
				titles(modules, OUTCOMES_IT, "Parlare con i pazienti attraverso uno schermo",
						"Lavorare in équipe di cura connesse digitalmente", "Guidare e vivere il cambiamento digitale",
						"Pensare in modo critico con i dati e l’intelligenza artificiale",
						"Un’assistenza digitale etica e centrata sulla persona", "Sanità 4.0 nel living lab",
						"Formare i formatori: facilitare l’apprendimento delle competenze digitali"),
				actor);
	}

	private static Map<String, String> titles(List<String> sources, String[] outcomes, String... translations) {
		Map<String, String> titles = new java.util.HashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			titles.put(sources.get(i), translations[i]);
		}
		for (int i = 0; i + 1 < outcomes.length; i += 2) {
			titles.put(outcomes[i], outcomes[i + 1]);
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
