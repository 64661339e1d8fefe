package eu.dhso.lab.cohort;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompletionRuleTests {

	final CompletionRule rule = new CompletionRule(80);

	final Set<String> required = Set.of("1:2", "2:1", "2:3");

	@Test
	void enoughAttendanceAndEveryActivityCompletes() {
		var completion = this.rule.evaluate(5, 4, this.required, Set.of("1:2", "2:1", "2:3", "9:9"));
		assertThat(completion.attendancePercent()).isEqualTo(80);
		assertThat(completion.completed()).isTrue();
	}

	@Test
	void attendanceJustBelowTheThresholdDoesNot() {
		var completion = this.rule.evaluate(6, 4, this.required, this.required);
		assertThat(completion.attendancePercent()).isEqualTo(66);
		assertThat(completion.attendanceMet()).isFalse();
		assertThat(completion.completed()).isFalse();
	}

	@Test
	void aMissingActivityKeepsItOpen() {
		var completion = this.rule.evaluate(4, 4, this.required, Set.of("1:2", "2:1"));
		assertThat(completion.activitiesDone()).isEqualTo(2);
		assertThat(completion.activitiesRequired()).isEqualTo(3);
		assertThat(completion.completed()).isFalse();
	}

	@Test
	void withoutSessionsOnlyActivitiesCount() {
		assertThat(this.rule.evaluate(0, 0, Set.of(), Set.of()).completed()).isTrue();
		assertThat(this.rule.evaluate(0, 0, this.required, Set.of()).completed()).isFalse();
	}

	@Test
	void thePercentageMustBeAPercentage() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CompletionRule(101));
		assertThatIllegalArgumentException().isThrownBy(() -> new CompletionRule(-1));
	}

}
