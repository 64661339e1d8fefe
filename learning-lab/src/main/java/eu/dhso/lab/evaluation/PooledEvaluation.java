package eu.dhso.lab.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.disclosure.Released;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.CountedPeople.Figures;
import eu.dhso.lab.evaluation.CountedPeople.Group;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results of several cohorts taken together, as a regional training plan reports
 * them: one figure over all their verified participants, so a plan of small cohorts shows
 * its total once the whole group reaches the disclosure threshold, never a cohort's own.
 */
@Component
public class PooledEvaluation {

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final PrePostCapture capture;

	private final CountedPeople counted;

	PooledEvaluation(JdbcClient jdbc, CohortViews cohorts, PrePostCapture capture, CountedPeople counted) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.capture = capture;
		this.counted = counted;
	}

	/**
	 * @param enrolled verified enrolled people
	 * @param finished of those, people who met their cohort's completion rule
	 * @param completionPercent their share of the enrolled (0 to 100)
	 * @param gain mean normalised pre/post gain of those who agreed to the use of levels
	 */
	public record Pooled(Released enrolled, Released finished, Released completionPercent, Released gain) {
	}

	public Pooled of(Collection<CohortSummary> summaries) {
		Figures figures = this.counted.figures();
		Group enrolled = figures.group();
		Group finished = figures.group();
		Group completion = figures.group();
		Group gains = figures.group();
		Set<Long> ids = new LinkedHashSet<>();
		for (CohortSummary cohort : summaries) {
			ids.add(cohort.id());
			this.capture.refresh(cohort);
			Set<String> codes = this.cohorts.version(cohort).competenceCodes();
			var participants = this.cohorts.participants(cohort.id())
				.stream()
				.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
				.toList();
			Set<Long> verified = this.counted.verified(participants);
			Map<Long, Completion> done = this.cohorts.completion(cohort);
			Map<String, Map<String, Integer>> levels = levels(cohort.id());
			for (Participant p : participants) {
				if (!verified.contains(p.enrolmentId())) {
					continue;
				}
				String person = CountedPeople.person(p);
				boolean completed = Optional.ofNullable(done.get(p.enrolmentId()))
					.map(Completion::completed)
					.orElse(false);
				enrolled.add(person, 1);
				completion.add(person, completed ? 100 : 0);
				if (completed) {
					finished.add(person, 1);
				}
				if (p.levelsMayBeUsed()) {
					Gain.participant(levels.getOrDefault(p.enrolmentId() + "/PRE", Map.of()),
							levels.getOrDefault(p.enrolmentId() + "/POST", Map.of()), codes)
						.ifPresent((g) -> gains.add(person, Math.max(-1, Math.min(1, g))));
				}
			}
		}
		String figure = "lab:plan:" + ids + ":";
		return new Pooled(enrolled.count(figure + "enrolled"), finished.count(figure + "finished"),
				completion.mean(figure + "completion", 0, 100), gains.mean(figure + "gain", -1, 1));
	}

	private Map<String, Map<String, Integer>> levels(long cohortId) {
		Map<String, Map<String, Integer>> levels = new HashMap<>();
		this.jdbc.sql("""
				select r.enrolment_id, r.phase, r.competence_code, r.level from lab.competence_result r
				join lab.enrolment e on e.id = r.enrolment_id where e.cohort_id = :c""")
			.param("c", cohortId)
			.query((rs) -> {
				levels.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), (k) -> new HashMap<>())
					.put(rs.getString(3), rs.getInt(4));
			});
		return levels;
	}

}
