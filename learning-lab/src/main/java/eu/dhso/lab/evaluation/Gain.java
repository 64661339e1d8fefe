package eu.dhso.lab.evaluation;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Normalised learning gain (Hake): the share of the possible improvement a person
 * achieved, {@code (post - pre) / (max - pre)} on the framework's levels 1 to 4. A
 * participant's gain uses the means of their pre and post levels over the scheme's
 * competences assessed both times; a cohort's gain is the mean of its participants'
 * gains. Someone already at the top level before has no defined gain and is left out.
 */
public final class Gain {

	public static final int MAX_LEVEL = 4;

	private Gain() {
	}

	public static OptionalDouble normalised(double pre, double post) {
		if (pre >= MAX_LEVEL) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((post - pre) / (MAX_LEVEL - pre));
	}

	/** The gain over the given competences that both assessments rated. */
	public static OptionalDouble participant(Map<String, Integer> pre, Map<String, Integer> post,
			Collection<String> competences) {
		double preSum = 0;
		double postSum = 0;
		int n = 0;
		for (String code : competences) {
			Integer before = pre.get(code);
			Integer after = post.get(code);
			if (before != null && after != null) {
				preSum += before;
				postSum += after;
				n++;
			}
		}
		return (n == 0) ? OptionalDouble.empty() : normalised(preSum / n, postSum / n);
	}

	public static OptionalDouble mean(Collection<? extends Number> values) {
		return values.stream().mapToDouble(Number::doubleValue).average();
	}

}
