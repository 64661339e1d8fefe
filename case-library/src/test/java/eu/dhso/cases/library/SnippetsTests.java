package eu.dhso.cases.library;

import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	@Test
	void theWordsAreTheQuerysLexemesThatAreNotNegated() {
		Snippets.Words words = Snippets.words(
				"!( 'robotic' | 'robot' ) & ( 'nurse' | 'nurses' | 'PROFESSION=NURSE' ) & 'l''infermiere' & 'tele':* & !'x'");
		assertThat(words.exact()).containsExactlyInAnyOrder("nurse", "nurses", "PROFESSION=NURSE", "l'infermiere");
		assertThat(words.prefixes()).containsExactly("tele");
		assertThat(Snippets.headline("A nurse and a robot.", Snippets.words("'nurse' & !'robot'")))
			.isEqualTo("A <mark>nurse</mark> and a robot.");
	}

	@Test
	void matchedWordsAreMarkedWhateverTheirCaseAndAccents() {
		Snippets.Words words = Snippets.words("'nurses' | 'infermiere' | 'νοσηλευτες' | 'tele':*");
		assertThat(Snippets.headline("Nurses and the INFERMIÈRE met νοσηλευτές at Telemonitoring.", words)).isEqualTo(
				"<mark>Nurses</mark> and the <mark>INFERMIÈRE</mark> met <mark>νοσηλευτές</mark> at <mark>Telemonitoring</mark>.");
	}

	/** A Greek word in capitals ends in ς once lowered, as the query's lexemes do. */
	@Test
	void aGreekWordInCapitalsIsMarked() {
		assertThat(Snippets.headline("ΝΟΣΗΛΕΥΤΈΣ και νοσηλευτές", Snippets.words("'νοσηλευτες'")))
			.isEqualTo("<mark>ΝΟΣΗΛΕΥΤΈΣ</mark> και <mark>νοσηλευτές</mark>");
	}

	@Test
	void theTextIsEscapedAndOnlyTheMarksAreMarkup() {
		Snippets.Words words = Snippets.words("'script' | 'nurse'");
		assertThat(Snippets.headline("<script>alert('nurse')</script> & more", words)).isEqualTo(
				"&lt;<mark>script</mark>&gt;alert(&#39;<mark>nurse</mark>&#39;)&lt;/<mark>script</mark>&gt; &amp; more");
	}

	@Test
	void aHyphenatedWordTheQueryHasWholeIsMarkedWhole() {
		Snippets.Words words = Snippets.words("'e-health' <-> ( 'e' | 'e-mail' )");
		assertThat(Snippets.headline("An e-health service by e-mail.", words))
			.isEqualTo("An <mark>e-health</mark> service by <mark>e-mail</mark>.");
		assertThat(Snippets.headline("Health by e-learning.", Snippets.words("'learning'")))
			.isEqualTo("Health by e-<mark>learning</mark>.");
	}

	@Test
	void aTextWithoutTheWordsShowsItsFirstWords() {
		String text = words(0, 40);
		assertThat(Snippets.headline(text, Snippets.words("'absent'"))).isEqualTo(words(0, Snippets.MIN_WORDS));
		assertThat(Snippets.headline("", Snippets.words("'absent'"))).isEmpty();
	}

	@Test
	void farApartMatchesShowTwoFragmentsEachAroundItsMatch() {
		String text = words(0, 100) + " nurse " + words(100, 200) + " nurse " + words(200, 300) + " nurse";
		String headline = Snippets.headline(text, Snippets.words("'nurse'"));
		String[] fragments = headline.split(" … ");
		assertThat(fragments).hasSize(2);
		for (String fragment : fragments) {
			assertThat(fragment.split(" ")).hasSize(Snippets.MAX_WORDS);
			assertThat(fragment).contains("<mark>nurse</mark>");
		}
		// the first match in the middle of the first fragment
		assertThat(fragments[0]).startsWith("w83 ").endsWith(" w116");
		assertThat(fragments[1]).startsWith("w183 ").endsWith(" w216");
	}

	@Test
	void closeMatchesShareAFragmentThatStaysWithinTheText() {
		String text = "nurse " + words(0, 10) + " nurses " + words(10, 60);
		String headline = Snippets.headline(text, Snippets.words("'nurse' | 'nurses'"));
		assertThat(headline).doesNotContain("…")
			.startsWith("<mark>nurse</mark> w0 ")
			.contains("<mark>nurses</mark>")
			.endsWith(" w32");
		assertThat(headline.split(" ")).hasSize(Snippets.MAX_WORDS);
	}

	private static String words(int from, int to) {
		return IntStream.range(from, to).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
	}

}
