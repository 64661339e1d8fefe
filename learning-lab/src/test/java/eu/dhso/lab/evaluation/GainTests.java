package eu.dhso.lab.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GainTests {

	@Test
	void normalisedGainIsTheShareOfThePossibleImprovement() {
		assertThat(Gain.normalised(2, 3).getAsDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(Gain.normalised(1, 4).getAsDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(Gain.normalised(3, 3).getAsDouble()).isZero();
		assertThat(Gain.normalised(3, 2).getAsDouble()).isCloseTo(-1.0, within(1e-9));
	}

	@Test
	void someoneAtTheTopBeforeHasNoGain() {
		assertThat(Gain.normalised(4, 4)).isEmpty();
	}

	@Test
	void aParticipantsGainUsesTheMeansOverCompetencesAssessedBothTimes() {
		Map<String, Integer> pre = Map.of("S1.1", 1, "S1.2", 3, "S2.1", 2);
		Map<String, Integer> post = Map.of("S1.1", 3, "S1.2", 3, "D6.2", 4);
		// S2.1 lacks a post and D6.2 a pre: pre mean 2, post mean 3 -> (3-2)/(4-2)
		assertThat(Gain.participant(pre, post, List.of("S1.1", "S1.2", "S2.1", "D6.2")).getAsDouble()).isCloseTo(0.5,
				within(1e-9));
		assertThat(Gain.participant(pre, post, List.of("S4.1"))).isEmpty();
	}

}
