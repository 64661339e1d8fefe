package eu.dhso.skills;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;

/**
 * An organisation's digital maturity and team resilience profile from its latest closed
 * round, as far as the kernel's disclosure control releases it, for modules that act on a
 * team's needs (the learning lab's team recommendations). Each dimension names the
 * framework competences whose training addresses it.
 */
public interface TeamMaturity {

	/**
	 * Empty when the organisation has no closed round with enough verified respondents.
	 */
	Optional<TeamProfile> latestProfile(Long organisationId);

	/**
	 * Whether the person sees the organisation's profile: its managers (partners of the
	 * organisation) and administrators.
	 */
	boolean mayView(ObservatoryUser user, Long organisationId);

	record TeamProfile(Long organisationId, Long roundId, String roundTitle, LocalDate periodEnd,
			List<DimensionLevel> dimensions) {

		public TeamProfile {
			dimensions = List.copyOf(dimensions);
		}

		/** The weakest dimensions first (lowest released mean). */
		public List<DimensionLevel> weakest(int count) {
			return this.dimensions.stream()
				.sorted(Comparator.comparingDouble(DimensionLevel::mean).thenComparing(DimensionLevel::dimension))
				.limit(count)
				.toList();
		}

	}

	/**
	 * @param dimension the dimension's code
	 * @param messageKey its name in the message bundles
	 * @param mean released mean on the 1 to 5 scale
	 * @param competenceCodes framework competences whose training addresses it
	 */
	record DimensionLevel(String dimension, String messageKey, double mean, List<String> competenceCodes) {

		public DimensionLevel {
			competenceCodes = List.copyOf(competenceCodes);
		}

	}

}
