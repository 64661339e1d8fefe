package eu.dhso.lab.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import eu.dhso.core.disclosure.Released;
import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.CountedPeople.Figures;
import eu.dhso.lab.evaluation.CountedPeople.Group;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning lab's lifecycle indicators, per country and for all countries together
 * (country null):
 * <ul>
 * <li>{@code lab.people-trained}: verified participants who completed a cohort that ended
 * by the period's end (completion as recorded now), a rounded head count;</li>
 * <li>{@code lab.learning-gain}: mean normalised gain of the verified participants of
 * those cohorts who consented to the use of their levels and have a pre and a post
 * assessment;</li>
 * <li>{@code lab.cohorts}: cohorts that started by the period's end.</li>
 * </ul>
 * Person-based figures are released through the kernel's disclosure control; a suppressed
 * one has no value and no basis.
 */
@Component
class LabIndicators implements IndicatorSource {

	static final String PEOPLE_TRAINED = "lab.people-trained";

	static final String LEARNING_GAIN = "lab.learning-gain";

	static final String COHORTS = "lab.cohorts";

	private final CohortViews cohorts;

	private final JdbcClient jdbc;

	private final CountedPeople counted;

	LabIndicators(CohortViews cohorts, JdbcClient jdbc, CountedPeople counted) {
		this.cohorts = cohorts;
		this.jdbc = jdbc;
		this.counted = counted;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Figures figures = this.counted.figures();
		Map<String, Long> started = new TreeMap<>();
		Map<String, Group> trained = new TreeMap<>();
		Map<String, Group> gains = new TreeMap<>();
		Group allTrained = figures.group();
		Group allGains = figures.group();
		for (CohortSummary cohort : this.cohorts.all()) {
			if (cohort.startsOn().isAfter(periodEnd)) {
				continue;
			}
			started.merge(cohort.countryCode(), 1L, Long::sum);
			if (cohort.endsOn().isAfter(periodEnd)) {
				continue;
			}
			List<Participant> enrolled = this.cohorts.participants(cohort.id())
				.stream()
				.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
				.toList();
			Set<Long> verified = this.counted.verified(enrolled);
			Map<Long, Completion> completion = this.cohorts.completion(cohort);
			Group countryTrained = trained.computeIfAbsent(cohort.countryCode(), (k) -> figures.group());
			Group countryGains = gains.computeIfAbsent(cohort.countryCode(), (k) -> figures.group());
			Map<Long, Double> cohortGains = gains(cohort);
			for (Participant p : enrolled) {
				if (!verified.contains(p.enrolmentId())) {
					continue;
				}
				String person = CountedPeople.person(p);
				Completion done = completion.get(p.enrolmentId());
				if (done != null && done.completed()) {
					countryTrained.add(person, 1);
					allTrained.add(person, 1);
				}
				Double gain = cohortGains.get(p.enrolmentId());
				if (gain != null && p.levelsMayBeUsed()) {
					countryGains.add(person, gain);
					allGains.add(person, gain);
				}
			}
		}
		List<IndicatorValue> values = new ArrayList<>();
		trained.forEach((country, group) -> values.add(count(country, group)));
		values.add(count(null, allTrained));
		gains.forEach((country, group) -> values.add(gain(country, group)));
		values.add(gain(null, allGains));
		long total = 0;
		for (Map.Entry<String, Long> entry : started.entrySet()) {
			values.add(new IndicatorValue(COHORTS, entry.getKey(), null, BigDecimal.valueOf(entry.getValue()),
					entry.getValue(), false));
			total += entry.getValue();
		}
		values.add(new IndicatorValue(COHORTS, null, null, BigDecimal.valueOf(total), total, false));
		return values;
	}

	private static IndicatorValue count(String country, Group group) {
		Released released = group.count(PEOPLE_TRAINED + ":" + country);
		return released(PEOPLE_TRAINED, country, released, 0);
	}

	private static IndicatorValue gain(String country, Group group) {
		Released released = group.mean(LEARNING_GAIN + ":" + country, -1, 1);
		return released(LEARNING_GAIN, country, released, 3);
	}

	private static IndicatorValue released(String code, String country, Released released, int scale) {
		if (released.isSuppressed()) {
			return new IndicatorValue(code, country, null, null, 0, true);
		}
		return new IndicatorValue(code, country, null,
				BigDecimal.valueOf(released.value()).setScale(scale, RoundingMode.HALF_UP), released.people(), true);
	}

	/**
	 * Each participant's gain (within -1..1, the range the disclosure noise is scaled
	 * to), by enrolment.
	 */
	private Map<Long, Double> gains(CohortSummary cohort) {
		SchemeSnapshot version = this.cohorts.version(cohort);
		Map<Long, Map<String, Integer>> pre = new HashMap<>();
		Map<Long, Map<String, Integer>> post = new HashMap<>();
		this.jdbc.sql("""
				select r.enrolment_id, r.phase, r.competence_code, r.level from lab.competence_result r
				join lab.enrolment e on e.id = r.enrolment_id where e.cohort_id = :c and e.status = 'ENROLLED'""")
			.param("c", cohort.id())
			.query((rs) -> {
				Map<Long, Map<String, Integer>> target = "PRE".equals(rs.getString(2)) ? pre : post;
				target.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getString(3), rs.getInt(4));
			});
		Map<Long, Double> gains = new HashMap<>();
		pre.forEach((enrolment, levels) -> Gain
			.participant(levels, post.getOrDefault(enrolment, Map.of()), version.competenceCodes())
			.ifPresent((g) -> gains.put(enrolment, Math.max(-1, Math.min(1, g)))));
		return gains;
	}

}
