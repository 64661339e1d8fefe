package eu.dhso.lab.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.lab.cohort.CohortService;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning lab's lifecycle indicators, per country and for all countries together
 * (country null):
 * <ul>
 * <li>{@code lab.people-trained}: participants who completed a cohort that ended by the
 * period's end (completion as recorded now);</li>
 * <li>{@code lab.learning-gain}: mean normalised gain of the participants of those
 * cohorts with a pre and a post assessment; person-based, its basis those
 * participants;</li>
 * <li>{@code lab.cohorts}: cohorts that started by the period's end.</li>
 * </ul>
 */
@Component
class LabIndicators implements IndicatorSource {

	static final String PEOPLE_TRAINED = "lab.people-trained";

	static final String LEARNING_GAIN = "lab.learning-gain";

	static final String COHORTS = "lab.cohorts";

	private final CohortService cohorts;

	private final JdbcClient jdbc;

	LabIndicators(CohortService cohorts, JdbcClient jdbc) {
		this.cohorts = cohorts;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Map<String, Long> started = new TreeMap<>();
		Map<String, Long> trained = new TreeMap<>();
		Map<String, List<Double>> gains = new TreeMap<>();
		for (Cohort cohort : this.cohorts.all()) {
			if (cohort.startsOn().isAfter(periodEnd)) {
				continue;
			}
			started.merge(cohort.countryCode(), 1L, Long::sum);
			if (cohort.endsOn().isAfter(periodEnd)) {
				continue;
			}
			long completed = this.cohorts.completion(cohort).values().stream().filter(Completion::completed).count();
			trained.merge(cohort.countryCode(), completed, Long::sum);
			gains.computeIfAbsent(cohort.countryCode(), (k) -> new ArrayList<>()).addAll(gains(cohort));
		}
		List<IndicatorValue> values = new ArrayList<>();
		counts(values, PEOPLE_TRAINED, trained, true);
		List<Double> all = new ArrayList<>();
		gains.forEach((country, list) -> {
			all.addAll(list);
			if (!list.isEmpty()) {
				values.add(gain(country, list));
			}
		});
		if (!all.isEmpty()) {
			values.add(gain(null, all));
		}
		counts(values, COHORTS, started, false);
		return values;
	}

	private static void counts(List<IndicatorValue> values, String code, Map<String, Long> byCountry,
			boolean personBased) {
		long total = 0;
		for (Map.Entry<String, Long> entry : byCountry.entrySet()) {
			values.add(new IndicatorValue(code, entry.getKey(), null, BigDecimal.valueOf(entry.getValue()),
					entry.getValue(), personBased));
			total += entry.getValue();
		}
		values.add(new IndicatorValue(code, null, null, BigDecimal.valueOf(total), total, personBased));
	}

	private static IndicatorValue gain(String country, List<Double> gains) {
		double mean = Gain.mean(gains).orElse(0);
		return new IndicatorValue(LEARNING_GAIN, country, null,
				BigDecimal.valueOf(mean).setScale(3, RoundingMode.HALF_UP), gains.size(), true);
	}

	private List<Double> gains(Cohort cohort) {
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
		List<Double> gains = new ArrayList<>();
		pre.forEach((enrolment, levels) -> Gain
			.participant(levels, post.getOrDefault(enrolment, Map.of()), version.competenceCodes())
			.ifPresent(gains::add));
		return gains;
	}

}
