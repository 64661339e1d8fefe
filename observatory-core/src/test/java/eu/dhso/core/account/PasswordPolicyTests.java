package eu.dhso.core.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(this.policy.violation("short-pass1", "anna")).contains("password.tooShort");
	}

	@Test
	void acceptsALongPassphraseWithoutCompositionRules() {
		assertThat(this.policy.violation("quiet river under the old bridge", "anna")).isEmpty();
	}

	@Test
	void acceptsSixtyFourCharactersAndRefusesMoreThanOneHundredTwentyEight() {
		assertThat(this.policy.violation("a quiet river ".repeat(5).substring(0, 64), "anna")).isEmpty();
		assertThat(this.policy.violation("x".repeat(40) + "y".repeat(89), "anna")).contains("password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.violation("Password1234", "anna")).contains("password.common");
		assertThat(this.policy.violation("QWERTYUIOPASDFGHJKL", "anna")).contains("password.common");
	}

	@Test
	void refusesPasswordsThatContainTheUsername() {
		assertThat(this.policy.violation("marianna-is-on-call-today", "Marianna"))
			.contains("password.containsUsername");
	}

	@Test
	void countsCharactersNotBytesSoGreekPassphrasesWork() {
		assertThat(this.policy.violation("καλημέρα κόσμε", "anna")).isEmpty();
		assertThat(this.policy.violation("καλημέρα", "anna")).contains("password.tooShort");
	}

}
