package eu.dhso.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlankTests {

	@Test
	void blankTextIsNotGiven() {
		assertThat(Blank.toNull(null)).isNull();
		assertThat(Blank.toNull("")).isNull();
		assertThat(Blank.toNull(" \t\n ")).isNull();
	}

	@Test
	void givenTextLosesOnlyItsSurroundingWhiteSpace() {
		assertThat(Blank.toNull("  Ηράκλειο, Κρήτη \n")).isEqualTo("Ηράκλειο, Κρήτη");
	}

}
