package eu.dhso.skills.maturity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;

/**
 * A group's figures per dimension, released through the kernel's disclosure control:
 * nothing at all under its minimum group size of verified respondents; otherwise the
 * median (one of the group's values), the perturbed mean, the spread as a standard
 * deviation whose variance is perturbed too, and the agreement r<sub>wg</sub> = 1 −
 * variance / 2 (2 being the variance of answers spread uniformly over five points),
 * derived from the released variance so it tells nothing more. The noise depends on the
 * respondents' record keys, so two rounds that differ by one person carry unrelated noise
 * and subtracting one from the other does not give that person's answers.
 */
public record TeamFigures(Long respondents, List<DimensionFigure> dimensions) {

	/** Variance of answers spread uniformly over the five points: (5² − 1) / 12. */
	static final double UNIFORM_VARIANCE = 2.0;

	static final double MAX_VARIANCE = 4.0;

	public static final TeamFigures SUPPRESSED = new TeamFigures(null, List.of());

	public boolean shown() {
		return this.respondents != null;
	}

	public Optional<DimensionFigure> of(MaturityDimension dimension) {
		return this.dimensions.stream().filter((d) -> d.dimension() == dimension).findFirst();
	}

	/**
	 * @param scope names the group in the figure names (e.g. {@code maturity:round} or
	 * {@code maturity:peers:HOSPITAL}), so different groups over the same people still
	 * carry independent noise
	 */
	static TeamFigures release(DisclosureControl disclosure, String scope, List<Respondent> respondents) {
		Contributors contributors = Contributors.NONE;
		for (Respondent respondent : respondents) {
			contributors = contributors.plus(respondent.recordKey());
		}
		Released count = disclosure.count(scope + ":respondents", contributors);
		if (!count.shown()) {
			return SUPPRESSED;
		}
		List<DimensionFigure> figures = new ArrayList<>();
		for (MaturityDimension dimension : MaturityDimension.values()) {
			List<Double> values = respondents.stream()
				.map((r) -> r.scores().get(dimension))
				.filter((v) -> v != null)
				.toList();
			double sum = values.stream().mapToDouble(Double::doubleValue).sum();
			double trueMean = values.isEmpty() ? 0 : sum / values.size();
			double squares = values.stream().mapToDouble((v) -> (v - trueMean) * (v - trueMean)).sum();
			String figure = scope + ":" + dimension.name();
			Released median = disclosure.median(contributors, values);
			Released mean = disclosure.mean(figure + ":mean", contributors, sum, values.size(),
					MaturityDimension.LOWEST, MaturityDimension.HIGHEST);
			Released variance = disclosure.mean(figure + ":variance", contributors, squares, values.size(), 0,
					MAX_VARIANCE);
			if (!mean.shown()) {
				continue;
			}
			Double sd = variance.shown() ? Math.sqrt(variance.value()) : null;
			Double agreement = variance.shown() ? Math.max(0, 1 - variance.value() / UNIFORM_VARIANCE) : null;
			figures.add(new DimensionFigure(dimension, median.value(), mean.value(), sd, agreement));
		}
		return new TeamFigures(count.people(), List.copyOf(figures));
	}

	/** One respondent's mean score per dimension, and their secret record key. */
	record Respondent(long recordKey, Map<MaturityDimension, Double> scores) {

		static Respondent of(long recordKey, Map<String, Integer> answers) {
			Map<MaturityDimension, Double> scores = new EnumMap<>(MaturityDimension.class);
			for (MaturityDimension dimension : MaturityDimension.values()) {
				List<Integer> given = dimension.itemCodes()
					.stream()
					.map(answers::get)
					.filter((v) -> v != null)
					.toList();
				if (!given.isEmpty()) {
					scores.put(dimension, given.stream().mapToInt(Integer::intValue).average().orElseThrow());
				}
			}
			return new Respondent(recordKey, scores);
		}

	}

	/** A dimension's released figures; any may be null where suppressed. */
	public record DimensionFigure(MaturityDimension dimension, Double median, Double mean, Double sd,
			Double agreement) {

		public String messageKey() {
			return this.dimension.messageKey();
		}

	}

}
