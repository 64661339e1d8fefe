package eu.dhso.skills.maturity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.skills.maturity.TeamFigures.Respondent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differencing attack on rounds: a manager runs two rounds with the same five
 * members, the second with one more person, and subtracts one profile from the other to
 * read that person's answers.
 */
@ObservatoryTest
class RoundDifferencingTests {

	@Autowired
	DisclosureControl disclosure;

	@Test
	void subtractingTwoRoundsThatDifferByOnePersonRarelyGivesTheirAnswer() {
		Random random = new Random(7);
		int attempts = 0;
		int recovered = 0;
		for (int trial = 0; trial < 40; trial++) {
			List<Map<String, Integer>> five = new ArrayList<>();
			for (int p = 0; p < 5; p++) {
				five.add(answers(random));
			}
			Map<String, Integer> target = answers(random);
			// every answer is a new row with its own record key, as in the database
			TeamFigures first = TeamFigures.release(this.disclosure, "maturity:round", respondents(five, random));
			List<Map<String, Integer>> six = new ArrayList<>(five);
			six.add(target);
			TeamFigures second = TeamFigures.release(this.disclosure, "maturity:round", respondents(six, random));
			// rounded head counts: the page does not even tell five from six
			assertThat(first.respondents()).isEqualTo(second.respondents()).isEqualTo(5L);
			for (MaturityDimension dimension : MaturityDimension.values()) {
				double truth = Respondent.of(0, target).scores().get(dimension);
				double guess = 6 * second.of(dimension).orElseThrow().mean()
						- 5 * first.of(dimension).orElseThrow().mean();
				attempts++;
				if (Math.abs(guess - truth) < 0.25) {
					recovered++;
				}
			}
		}
		assertThat(recovered).as("%d of %d recovered", recovered, attempts).isLessThan(attempts / 2);
	}

	@Test
	void fourRespondentsReleaseNothingAndFiguresStayInRange() {
		Random random = new Random(11);
		List<Map<String, Integer>> four = new ArrayList<>();
		for (int p = 0; p < 4; p++) {
			four.add(answers(random));
		}
		TeamFigures suppressed = TeamFigures.release(this.disclosure, "maturity:round", respondents(four, random));
		assertThat(suppressed.shown()).isFalse();
		assertThat(suppressed.dimensions()).isEmpty();
		four.add(answers(random));
		TeamFigures shown = TeamFigures.release(this.disclosure, "maturity:round", respondents(four, random));
		assertThat(shown.dimensions()).hasSize(MaturityDimension.values().length).allSatisfy((f) -> {
			assertThat(f.mean()).isBetween(1.0, 5.0);
			assertThat(f.agreement()).isBetween(0.0, 1.0);
			assertThat(f.sd()).isBetween(0.0, 2.0);
		});
	}

	private List<Respondent> respondents(List<Map<String, Integer>> answers, Random random) {
		return answers.stream()
			.map((a) -> Respondent.of(this.disclosure.recordKey("maturity-response:test-" + random.nextLong()), a))
			.toList();
	}

	private static Map<String, Integer> answers(Random random) {
		Map<String, Integer> answers = new HashMap<>();
		MaturityDimension.allItemCodes().forEach((item) -> answers.put(item, 1 + random.nextInt(5)));
		return answers;
	}

}
