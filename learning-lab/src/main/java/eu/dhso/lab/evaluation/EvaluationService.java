package eu.dhso.lab.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortService;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.cohort.Cohorts.Participant;
import eu.dhso.lab.cohort.Cohorts.Session;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.evaluation.Reports.CompetenceChange;
import eu.dhso.lab.evaluation.Reports.ModuleSatisfaction;
import eu.dhso.lab.evaluation.Reports.OwnLevel;
import eu.dhso.lab.evaluation.Reports.OwnResult;
import eu.dhso.lab.evaluation.Reports.PilotComparison;
import eu.dhso.lab.evaluation.Reports.PilotRow;
import eu.dhso.lab.evaluation.Reports.SessionAttendance;
import eu.dhso.lab.evaluation.Reports.TypeSatisfaction;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Learning gain and satisfaction per cohort, compared across cohorts and countries. Who
 * sees what: a cohort's trainers its report; editors and administrators every report; a
 * participant only their own result. Figures over fewer than five people are hidden.
 */
@Service("labEvaluationService")
public class EvaluationService {

	private final JdbcClient jdbc;

	private final CohortService cohorts;

	private final PrePostCapture capture;

	private final CompetenceTitles competences;

	EvaluationService(JdbcClient jdbc, CohortService cohorts, PrePostCapture capture, CompetenceTitles competences) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.capture = capture;
		this.competences = competences;
	}

	/** Whether the user may read a cohort's evaluation. */
	public boolean mayRead(ObservatoryUser user, long cohortId) {
		return user != null && (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)
				|| this.cohorts.isTrainer(user.getAccountId(), cohortId));
	}

	/** The cohorts a user may compare: all for editors, their own for trainers. */
	public List<Cohort> readableCohorts(ObservatoryUser user) {
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

	CohortReport report(Cohort cohort) {
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		List<Participant> enrolled = enrolled(cohort);
		Map<Long, Completion> completion = this.cohorts.completion(cohort);
		int completed = (int) completion.values().stream().filter(Completion::completed).count();
		Figure attendance = Figure.mean(completion.values().stream().map(Completion::attendancePercent).toList());
		Levels levels = levels(cohort.id());
		Set<String> codes = version.competenceCodes();
		List<Double> gains = new ArrayList<>();
		List<Double> preMeans = new ArrayList<>();
		List<Double> postMeans = new ArrayList<>();
		for (Participant p : enrolled) {
			Map<String, Integer> pre = levels.of(p.enrolmentId(), "PRE");
			Map<String, Integer> post = levels.of(p.enrolmentId(), "POST");
			Gain.participant(pre, post, codes).ifPresent(gains::add);
			mean(pre, codes).ifPresent(preMeans::add);
			mean(post, codes).ifPresent(postMeans::add);
		}
		Map<String, String> titles = this.competences.byCode();
		List<CompetenceChange> changes = new ArrayList<>();
		for (String code : codes) {
			List<Integer> pre = new ArrayList<>();
			List<Integer> post = new ArrayList<>();
			for (Participant p : enrolled) {
				Integer before = levels.of(p.enrolmentId(), "PRE").get(code);
				Integer after = levels.of(p.enrolmentId(), "POST").get(code);
				if (before != null) {
					pre.add(before);
				}
				if (after != null) {
					post.add(after);
				}
			}
			changes
				.add(new CompetenceChange(code, titles.getOrDefault(code, code), Figure.mean(pre), Figure.mean(post)));
		}
		List<SessionAttendance> sessions = new ArrayList<>();
		for (Session session : this.cohorts.sessions(cohort.id())) {
			Map<Long, Boolean> marked = this.cohorts.attendance(session.id());
			sessions
				.add(new SessionAttendance(session, marked.values().stream().filter((b) -> b).count(), marked.size()));
		}
		return new CohortReport(cohort, version, enrolled.size(), completed, attendance, Figure.mean(gains),
				Figure.mean(preMeans), Figure.mean(postMeans), changes, modules(cohort, version), activityTypes(cohort),
				sessions);
	}

	private List<ModuleSatisfaction> modules(Cohort cohort, SchemeSnapshot version) {
		Map<Long, List<int[]>> ratings = new HashMap<>();
		Map<Long, List<String>> comments = new HashMap<>();
		this.jdbc.sql("""
				select f.module_id, f.relevance, f.clarity, f.applicability, f.facilitation, f.overall, f.comment
				from lab.feedback f join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED' order by f.submitted_at, f.id""")
			.param("c", cohort.id())
			.query((rs) -> {
				long module = rs.getLong(1);
				ratings.computeIfAbsent(module, (k) -> new ArrayList<>())
					.add(new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) });
				String comment = rs.getString(7);
				if (comment != null && !comment.isBlank()) {
					comments.computeIfAbsent(module, (k) -> new ArrayList<>()).add(comment);
				}
			});
		List<ModuleSatisfaction> result = new ArrayList<>();
		for (ModuleSnapshot module : version.modules()) {
			List<int[]> rows = ratings.getOrDefault(module.moduleId(), List.of());
			long n = rows.size();
			result.add(new ModuleSatisfaction(module.moduleId(), module.position(), module.title(), n, item(rows, 0),
					item(rows, 1), item(rows, 2), item(rows, 3), item(rows, 4),
					(n >= Figure.MIN_GROUP) ? comments.getOrDefault(module.moduleId(), List.of()) : List.of()));
		}
		return result;
	}

	private static Figure item(List<int[]> rows, int index) {
		return Figure.mean(rows.stream().map((r) -> r[index]).toList());
	}

	/** Mean rating per kind of activity; a person counts once per kind (their mean). */
	private List<TypeSatisfaction> activityTypes(Cohort cohort) {
		Map<String, Map<Long, List<Integer>>> byType = new TreeMap<>();
		this.jdbc.sql("""
				select a.activity_type, f.enrolment_id, a.rating from lab.feedback_activity a
				join lab.feedback f on f.id = a.feedback_id join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED'""").param("c", cohort.id()).query((rs) -> {
			byType.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>())
				.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(rs.getInt(3));
		});
		List<TypeSatisfaction> result = new ArrayList<>();
		for (ActivityType type : ActivityType.values()) {
			Map<Long, List<Integer>> people = byType.get(type.name());
			if (people == null) {
				continue;
			}
			List<Double> perPerson = people.values().stream().map((r) -> Gain.mean(r).orElse(0)).toList();
			result.add(new TypeSatisfaction(type, Figure.mean(perPerson)));
		}
		return result;
	}

	/** Cohorts side by side, then countries, then all together. */
	public PilotComparison comparison(ObservatoryUser user) {
		List<PilotRow> rows = new ArrayList<>();
		Map<String, List<Cohort>> byCountry = new TreeMap<>();
		Map<String, Accumulator> countryTotals = new LinkedHashMap<>();
		Accumulator all = new Accumulator();
		for (Cohort cohort : readableCohorts(user)) {
			Accumulator one = accumulate(cohort);
			rows.add(one.row(cohort.id(), cohort.title(), cohort.countryCode(), 1));
			byCountry.computeIfAbsent(cohort.countryCode(), (k) -> new ArrayList<>()).add(cohort);
			countryTotals.computeIfAbsent(cohort.countryCode(), (k) -> new Accumulator()).add(one);
			all.add(one);
		}
		List<PilotRow> countries = new ArrayList<>();
		byCountry.forEach(
				(country, list) -> countries.add(countryTotals.get(country).row(null, country, country, list.size())));
		return new PilotComparison(rows, countries, all.row(null, null, null, rows.size()));
	}

	private Accumulator accumulate(Cohort cohort) {
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		Accumulator acc = new Accumulator();
		List<Participant> enrolled = enrolled(cohort);
		acc.enrolled = enrolled.size();
		acc.completed = (int) this.cohorts.completion(cohort).values().stream().filter(Completion::completed).count();
		Levels levels = levels(cohort.id());
		for (Participant p : enrolled) {
			Gain.participant(levels.of(p.enrolmentId(), "PRE"), levels.of(p.enrolmentId(), "POST"),
					version.competenceCodes())
				.ifPresent(acc.gains::add);
		}
		this.jdbc.sql("""
				select f.enrolment_id, avg(f.overall) from lab.feedback f join lab.enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :c and e.status = 'ENROLLED' group by f.enrolment_id""")
			.param("c", cohort.id())
			.query((rs) -> {
				acc.satisfaction.add(rs.getDouble(2));
			});
		return acc;
	}

	/** Sums of people-level values, so groups combine before suppression. */
	private static final class Accumulator {

		int enrolled;

		int completed;

		final List<Double> gains = new ArrayList<>();

		final List<Double> satisfaction = new ArrayList<>();

		void add(Accumulator other) {
			this.enrolled += other.enrolled;
			this.completed += other.completed;
			this.gains.addAll(other.gains);
			this.satisfaction.addAll(other.satisfaction);
		}

		PilotRow row(Long cohortId, String label, String country, int cohorts) {
			return new PilotRow(cohortId, label, country, cohorts, this.enrolled, this.completed,
					Figure.mean(this.gains), Figure.mean(this.satisfaction));
		}

	}

	/** The participant's own result in a cohort; nobody else's is reachable this way. */
	public OwnResult ownResult(ObservatoryUser person, long cohortId) {
		Participant place = this.cohorts.placeOf(person.getAccountId(), cohortId)
			.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		Cohort cohort = this.cohorts.require(cohortId);
		this.capture.refresh(cohort);
		SchemeSnapshot version = this.cohorts.version(cohort);
		Completion completion = this.cohorts.completion(cohort).get(place.enrolmentId());
		Levels levels = levels(cohortId);
		Map<String, Integer> pre = levels.of(place.enrolmentId(), "PRE");
		Map<String, Integer> post = levels.of(place.enrolmentId(), "POST");
		Map<String, String> titles = this.competences.byCode();
		List<OwnLevel> own = version.competenceCodes()
			.stream()
			.map((code) -> new OwnLevel(code, titles.getOrDefault(code, code), pre.get(code), post.get(code)))
			.toList();
		OptionalDouble gain = Gain.participant(pre, post, version.competenceCodes());
		return new OwnResult(cohort, place, completion, own, gain.isPresent() ? gain.getAsDouble() : null);
	}

	private List<Participant> enrolled(Cohort cohort) {
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
