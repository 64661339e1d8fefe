package eu.dhso.lab.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.disclosure.Released;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortStatus;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.Membership;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.CohortViews.SessionSlot;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.CountedPeople.Figures;
import eu.dhso.lab.evaluation.CountedPeople.Group;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.evaluation.Reports.CompetenceChange;
import eu.dhso.lab.evaluation.Reports.ModuleSatisfaction;
import eu.dhso.lab.evaluation.Reports.OwnLevel;
import eu.dhso.lab.evaluation.Reports.OwnResult;
import eu.dhso.lab.evaluation.Reports.PilotComparison;
import eu.dhso.lab.evaluation.Reports.PilotRow;
import eu.dhso.lab.evaluation.Reports.PublicEvaluation;
import eu.dhso.lab.evaluation.Reports.SessionAttendance;
import eu.dhso.lab.evaluation.Reports.TrainerView;
import eu.dhso.lab.evaluation.Reports.TypeSatisfaction;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learning gain and satisfaction per cohort, compared across cohorts and countries. Who
 * sees what: a cohort's trainers its report; editors and administrators every report; a
 * participant only their own result. Every figure about people counts verified
 * participants only, pre/post levels only of those who consented to that use, and is
 * released through the kernel's disclosure control ({@link CountedPeople}).
 */
@Component
public class PilotEvaluation {

	private static final String PRE = "PRE";

	private static final String POST = "POST";

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final PrePostCapture capture;

	private final CompetenceTitles competences;

	private final CountedPeople counted;

	PilotEvaluation(JdbcClient jdbc, CohortViews cohorts, PrePostCapture capture, CompetenceTitles competences,
			CountedPeople counted) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.capture = capture;
		this.competences = competences;
		this.counted = counted;
	}

	/** Whether the user may read a cohort's evaluation. */
	public boolean mayRead(ObservatoryUser user, long cohortId) {
		return user != null && (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)
				|| this.cohorts.isTrainer(user.getAccountId(), cohortId));
	}

	/** The cohorts a user may compare: all for editors, their own for trainers. */
	public List<CohortSummary> readableCohorts(ObservatoryUser user) {
		if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
			return this.cohorts.all();
		}
		return this.cohorts.trainedBy(user.getAccountId());
	}

	public CohortReport cohortReport(ObservatoryUser user, long cohortId) {
		if (!mayRead(user, cohortId)) {
			throw new CohortNotFoundException(cohortId);
		}
		return report(this.cohorts.require(cohortId));
	}

	/**
	 * The evaluation of a finished cohort for anyone, or empty while it has not finished
	 * (or was called off): its figures would still move.
	 */
	public Optional<PublicEvaluation> publicEvaluation(long cohortId) {
		return this.cohorts.find(cohortId)
			.filter((c) -> c.status(this.cohorts.today()) == CohortStatus.COMPLETED)
			.map((c) -> PublicEvaluation.of(report(c)));
	}

	/** Finished cohorts, newest first, for the citation picker. */
	public List<CohortSummary> finishedCohorts() {
		LocalDate today = this.cohorts.today();
		return this.cohorts.all().stream().filter((c) -> c.status(today) == CohortStatus.COMPLETED).toList();
	}

	CohortReport report(CohortSummary cohort) {
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		List<Participant> enrolled = enrolled(cohort);
		Set<Long> verified = this.counted.verified(enrolled);
		Map<Long, Completion> completion = this.cohorts.completion(cohort);
		int completed = (int) completion.values().stream().filter(Completion::completed).count();
		Figures figures = this.counted.figures();
		String figure = "lab:cohort:" + cohort.id() + ":";
		Group attendance = figures.group();
		Group gains = figures.group();
		Group preMeans = figures.group();
		Group postMeans = figures.group();
		Map<String, Group> preByCode = new LinkedHashMap<>();
		Map<String, Group> postByCode = new LinkedHashMap<>();
		Set<String> codes = version.competenceCodes();
		codes.forEach((code) -> {
			preByCode.put(code, figures.group());
			postByCode.put(code, figures.group());
		});
		Levels levels = levels(cohort.id());
		for (Participant p : enrolled) {
			if (!verified.contains(p.enrolmentId())) {
				continue;
			}
			String person = CountedPeople.person(p);
			Completion done = completion.get(p.enrolmentId());
			if (done != null) {
				attendance.add(person, done.attendancePercent());
			}
			if (!p.levelsMayBeUsed()) {
				continue;
			}
			Map<String, Integer> pre = levels.of(p.enrolmentId(), PRE);
			Map<String, Integer> post = levels.of(p.enrolmentId(), POST);
			Gain.participant(pre, post, codes).ifPresent((g) -> gains.add(person, bounded(g)));
			mean(pre, codes).ifPresent((m) -> preMeans.add(person, m));
			mean(post, codes).ifPresent((m) -> postMeans.add(person, m));
			pre.forEach((code, level) -> addIfPresent(preByCode.get(code), person, level));
			post.forEach((code, level) -> addIfPresent(postByCode.get(code), person, level));
		}
		Map<String, String> titles = this.competences.byCode();
		List<CompetenceChange> changes = new ArrayList<>();
		for (String code : codes) {
			changes.add(new CompetenceChange(code, titles.getOrDefault(code, code),
					preByCode.get(code).mean(figure + "pre:" + code, 1, Gain.MAX_LEVEL),
					postByCode.get(code).mean(figure + "post:" + code, 1, Gain.MAX_LEVEL)));
		}
		List<SessionAttendance> sessions = new ArrayList<>();
		for (SessionSlot session : this.cohorts.sessions(cohort.id())) {
			Map<Long, Boolean> marked = this.cohorts.attendance(cohort.id(), session.id());
			sessions
				.add(new SessionAttendance(session, marked.values().stream().filter((b) -> b).count(), marked.size()));
		}
		Map<Long, Participant> counted = enrolled.stream()
			.filter((p) -> verified.contains(p.enrolmentId()))
			.collect(Collectors.toMap(Participant::enrolmentId, (p) -> p));
		return new CohortReport(cohort, version, enrolled.size(), completed,
				attendance.mean(figure + "attendance", 0, 100), gains.mean(figure + "gain", -1, 1),
				preMeans.mean(figure + "pre", 1, Gain.MAX_LEVEL), postMeans.mean(figure + "post", 1, Gain.MAX_LEVEL),
				changes, modules(cohort, version, counted, figures), activityTypes(cohort, counted, figures), sessions);
	}

	private static void addIfPresent(Group group, String person, int level) {
		if (group != null) {
			group.add(person, level);
		}
	}

	/**
	 * A participant's gain counts within -1..1 in group figures: the disclosure noise is
	 * scaled to that range, so no single outlier may stand out of it.
	 */
	private static double bounded(double gain) {
		return Math.max(-1, Math.min(1, gain));
	}

	/**
	 * Ratings and comments of the verified participants. Comments show in alphabetical
	 * order, since the order of submission could tell who wrote which, and only those
	 * written before the release boundary, from a group of respondents by then that may
	 * be shown.
	 */
	private List<ModuleSatisfaction> modules(CohortSummary cohort, SchemeSnapshot version,
			Map<Long, Participant> counted, Figures figures) {
		Map<Long, List<Group>> ratings = new HashMap<>();
		Map<Long, Group> released = new HashMap<>();
		Map<Long, List<String>> comments = new HashMap<>();
		Instant boundary = this.counted.textReleasedBefore();
		this.jdbc.sql("""
				select f.module_id, f.enrolment_id, f.relevance, f.clarity, f.applicability, f.facilitation, f.overall,
				    f.comment, f.submitted_at
				from lab.feedback f join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED'""").param("c", cohort.id()).query((rs) -> {
			Participant p = counted.get(rs.getLong(2));
			if (p == null) {
				return;
			}
			long module = rs.getLong(1);
			List<Group> items = ratings.computeIfAbsent(module, (k) -> newGroups(figures, 5));
			for (int i = 0; i < 5; i++) {
				items.get(i).add(CountedPeople.person(p), rs.getInt(3 + i));
			}
			if (!rs.getTimestamp(9).toInstant().isBefore(boundary)) {
				return;
			}
			released.computeIfAbsent(module, (k) -> figures.group()).add(CountedPeople.person(p), 0);
			String comment = rs.getString(8);
			if (comment != null && !comment.isBlank()) {
				comments.computeIfAbsent(module, (k) -> new ArrayList<>()).add(comment);
			}
		});
		List<ModuleSatisfaction> result = new ArrayList<>();
		for (ModuleSnapshot module : version.modules()) {
			List<Group> items = ratings.getOrDefault(module.moduleId(), newGroups(figures, 5));
			String figure = "lab:cohort:" + cohort.id() + ":module:" + module.moduleId() + ":";
			List<String> text = released.getOrDefault(module.moduleId(), figures.group()).textReleasable()
					? comments.getOrDefault(module.moduleId(), List.of()).stream().sorted().toList() : List.of();
			result.add(new ModuleSatisfaction(module.moduleId(), module.position(), module.title(),
					items.get(0).count(figure + "respondents"), items.get(0).mean(figure + "relevance", 1, 5),
					items.get(1).mean(figure + "clarity", 1, 5), items.get(2).mean(figure + "applicability", 1, 5),
					items.get(3).mean(figure + "facilitation", 1, 5), items.get(4).mean(figure + "overall", 1, 5),
					text));
		}
		return result;
	}

	private static List<Group> newGroups(Figures figures, int n) {
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			groups.add(figures.group());
		}
		return groups;
	}

	/** Mean rating per kind of activity; a person counts once per kind (their mean). */
	private List<TypeSatisfaction> activityTypes(CohortSummary cohort, Map<Long, Participant> counted,
			Figures figures) {
		Map<String, Map<Long, List<Integer>>> byType = new TreeMap<>();
		this.jdbc.sql("""
				select a.activity_type, f.enrolment_id, a.rating from lab.feedback_activity a
				join lab.feedback f on f.id = a.feedback_id join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED'""").param("c", cohort.id()).query((rs) -> {
			if (counted.containsKey(rs.getLong(2))) {
				byType.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>())
					.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
					.add(rs.getInt(3));
			}
		});
		List<TypeSatisfaction> result = new ArrayList<>();
		for (ActivityType type : ActivityType.values()) {
			Map<Long, List<Integer>> people = byType.get(type.name());
			if (people == null) {
				continue;
			}
			Group group = figures.group();
			people.forEach((enrolment, rated) -> group.add(CountedPeople.person(counted.get(enrolment)),
					Gain.mean(rated).orElse(0)));
			result.add(new TypeSatisfaction(type,
					group.mean("lab:cohort:" + cohort.id() + ":activity-type:" + type.name(), 1, 5)));
		}
		return result;
	}

	/**
	 * The normalised gain on one competence over every cohort of a published scheme, for
	 * the public: verified participants who agreed to the use of their levels, one value
	 * per person (their mean over cohorts), released through the kernel's disclosure
	 * control.
	 */
	public Released competenceGain(long schemeId, String competenceCode) {
		Figures figures = this.counted.figures();
		Map<String, List<Double>> gains = new HashMap<>();
		for (CohortSummary cohort : this.cohorts.all()) {
			if (cohort.schemeId() != schemeId) {
				continue;
			}
			List<Participant> enrolled = enrolled(cohort);
			Set<Long> verified = this.counted.verified(enrolled);
			Levels levels = levels(cohort.id());
			for (Participant p : enrolled) {
				if (verified.contains(p.enrolmentId()) && p.levelsMayBeUsed()) {
					Gain.participant(levels.of(p.enrolmentId(), PRE), levels.of(p.enrolmentId(), POST),
							Set.of(competenceCode))
						.ifPresent((g) -> gains.computeIfAbsent(CountedPeople.person(p), (k) -> new ArrayList<>())
							.add(bounded(g)));
				}
			}
		}
		Group group = figures.group();
		gains.forEach((person, values) -> group.add(person, Gain.mean(values).orElse(0)));
		return group.mean("lab:scheme:" + schemeId + ":competence:" + competenceCode + ":gain", -1, 1);
	}

	/** Cohorts side by side, then countries, then all together. */
	public PilotComparison comparison(ObservatoryUser user) {
		Figures figures = this.counted.figures();
		List<PilotRow> rows = new ArrayList<>();
		Map<String, Integer> cohortsByCountry = new TreeMap<>();
		Map<String, Accumulator> countryTotals = new TreeMap<>();
		Accumulator all = new Accumulator();
		for (CohortSummary cohort : readableCohorts(user)) {
			Accumulator one = accumulate(cohort);
			rows.add(one.row(figures, "lab:cohort:" + cohort.id() + ":", cohort.id(), cohort.title(),
					cohort.countryCode(), 1));
			cohortsByCountry.merge(cohort.countryCode(), 1, Integer::sum);
			countryTotals.computeIfAbsent(cohort.countryCode(), (k) -> new Accumulator()).add(one);
			all.add(one);
		}
		List<PilotRow> countries = new ArrayList<>();
		countryTotals.forEach((country, total) -> countries.add(total.row(figures, "lab:pilots:" + country + ":", null,
				country, country, cohortsByCountry.get(country))));
		return new PilotComparison(rows, countries, all.row(figures, "lab:pilots:all:", null, null, null, rows.size()));
	}

	private Accumulator accumulate(CohortSummary cohort) {
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		Accumulator acc = new Accumulator();
		List<Participant> enrolled = enrolled(cohort);
		Set<Long> verified = this.counted.verified(enrolled);
		acc.enrolled = enrolled.size();
		acc.completed = (int) this.cohorts.completion(cohort).values().stream().filter(Completion::completed).count();
		Levels levels = levels(cohort.id());
		Map<Long, Participant> counted = new HashMap<>();
		for (Participant p : enrolled) {
			if (!verified.contains(p.enrolmentId())) {
				continue;
			}
			counted.put(p.enrolmentId(), p);
			if (p.levelsMayBeUsed()) {
				Gain.participant(levels.of(p.enrolmentId(), PRE), levels.of(p.enrolmentId(), POST),
						version.competenceCodes())
					.ifPresent((g) -> acc.gains.computeIfAbsent(CountedPeople.person(p), (k) -> new ArrayList<>())
						.add(bounded(g)));
			}
		}
		this.jdbc.sql("""
				select f.enrolment_id, avg(f.overall) from lab.feedback f join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED' group by f.enrolment_id""")
			.param("c", cohort.id())
			.query((rs) -> {
				Participant p = counted.get(rs.getLong(1));
				if (p != null) {
					acc.satisfaction.computeIfAbsent(CountedPeople.person(p), (k) -> new ArrayList<>())
						.add(rs.getDouble(2));
				}
			});
		return acc;
	}

	/**
	 * People-level values by person, so groups combine before suppression and someone in
	 * two cohorts still counts as one person.
	 */
	private static final class Accumulator {

		int enrolled;

		int completed;

		final Map<String, List<Double>> gains = new HashMap<>();

		final Map<String, List<Double>> satisfaction = new HashMap<>();

		void add(Accumulator other) {
			this.enrolled += other.enrolled;
			this.completed += other.completed;
			other.gains.forEach(
					(person, values) -> this.gains.computeIfAbsent(person, (k) -> new ArrayList<>()).addAll(values));
			other.satisfaction.forEach((person,
					values) -> this.satisfaction.computeIfAbsent(person, (k) -> new ArrayList<>()).addAll(values));
		}

		PilotRow row(Figures figures, String figure, Long cohortId, String label, String country, int cohorts) {
			return new PilotRow(cohortId, label, country, cohorts, this.enrolled, this.completed,
					perPerson(figures, this.gains).mean(figure + "gain", -1, 1),
					perPerson(figures, this.satisfaction).mean(figure + "satisfaction", 1, 5));
		}

		private static Group perPerson(Figures figures, Map<String, List<Double>> values) {
			Group group = figures.group();
			values.forEach((person, list) -> group.add(person, Gain.mean(list).orElse(0)));
			return group;
		}

	}

	/** The participant's own result in a cohort; nobody else's is reachable this way. */
	public OwnResult ownResult(ObservatoryUser person, long cohortId) {
		Participant place = this.cohorts.placeOf(person.getAccountId(), cohortId)
			.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		CohortSummary cohort = this.cohorts.require(cohortId);
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		Completion completion = this.cohorts.completion(cohort).get(place.enrolmentId());
		Levels levels = levels(cohortId);
		Map<String, Integer> pre = levels.of(place.enrolmentId(), PRE);
		Map<String, Integer> post = levels.of(place.enrolmentId(), POST);
		Map<String, String> titles = this.competences.byCode();
		List<OwnLevel> own = version.competenceCodes()
			.stream()
			.map((code) -> new OwnLevel(code, titles.getOrDefault(code, code), pre.get(code), post.get(code)))
			.toList();
		OptionalDouble gain = Gain.participant(pre, post, version.competenceCodes());
		return new OwnResult(cohort, place, completion, own, gain.isPresent() ? gain.getAsDouble() : null);
	}

	/**
	 * For each cohort a person asked to join, what its trainers can see of them: the same
	 * data and the same rules as the trainers' pages.
	 */
	public List<TrainerView> whatTrainersSee(ObservatoryUser person) {
		List<TrainerView> views = new ArrayList<>();
		for (Membership membership : this.cohorts.memberships(person.getAccountId())) {
			Participant place = membership.place();
			Completion completion = (place.status() == EnrolmentStatus.ENROLLED)
					? this.cohorts.completion(membership.cohort()).get(place.enrolmentId()) : null;
			boolean verified = this.counted.isVerified(place);
			views.add(new TrainerView(membership, completion, verified,
					verified && place.levelsMayBeUsed() && place.status() == EnrolmentStatus.ENROLLED));
		}
		return views;
	}

	private List<Participant> enrolled(CohortSummary cohort) {
		return this.cohorts.participants(cohort.id())
			.stream()
			.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
			.toList();
	}

	private static OptionalDouble mean(Map<String, Integer> levels, Set<String> codes) {
		return levels.entrySet()
			.stream()
			.filter((e) -> codes.contains(e.getKey()))
			.mapToInt(Map.Entry::getValue)
			.average();
	}

	private Levels levels(long cohortId) {
		Levels levels = new Levels(new HashMap<>());
		this.jdbc.sql("""
				select r.enrolment_id, r.phase, r.competence_code, r.level from lab.competence_result r
				join lab.enrolment e on e.id = r.enrolment_id where e.cohort_id = :c""")
			.param("c", cohortId)
			.query((rs) -> {
				levels.byKey()
					.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), (k) -> new HashMap<>())
					.put(rs.getString(3), rs.getInt(4));
			});
		return levels;
	}

	private record Levels(Map<String, Map<String, Integer>> byKey) {

		Map<String, Integer> of(long enrolmentId, String phase) {
			return this.byKey.getOrDefault(enrolmentId + "/" + phase, Map.of());
		}

	}

}
