package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class LibrarySearchTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	PublishedCases library;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	CaseReview review;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser partner;

	ObservatoryUser editor;

	Organisation organisation;

	@BeforeEach
	void setUp() {
		this.organisation = this.fixtures.organisation("MT");
		this.partner = this.fixtures.partner(this.organisation);
		this.editor = this.fixtures.editor();
	}

	static String word() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static LibraryQuery text(String q) {
		return new LibraryQuery(q, null, null, null, null, null, null, null, null, 0);
	}

	@Test
	void findsAPublishedCaseByAWordFromItsLessonsWithTheWordHighlighted() {
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, "Printed splints", "Train the " + word + " early",
				"PRINTING_3D", ConsentScope.PUBLIC);
		LibraryPage page = this.library.search(text(word));
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.hits().get(0).id()).isEqualTo(id);
		assertThat(page.hits().get(0).snippetHtml()).contains("<mark>" + word + "</mark>");
	}

	@Test
	void searchIgnoresAccentsAndCase() {
		String word = word();
		this.fixtures.published(this.partner, this.editor, "Città " + word, "Lessons", "EHR", ConsentScope.PUBLIC);
		assertThat(this.library.search(text("CITTA " + word.toUpperCase())).total()).isEqualTo(1);
	}

	@Test
	void draftsAndCasesInReviewAreNotInTheLibrary() {
		String word = word();
		Long id = this.fixtures.completeDraft(this.partner, "Hidden " + word, "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		assertThat(this.library.search(text(word)).total()).isZero();
		assertThat(this.library.find(id)).isEmpty();
	}

	@Test
	void anAnonymisedCaseHidesTheOrganisationAndTheIntervieweeNames() {
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, "Anonymous " + word, "x", "EHR",
				ConsentScope.ANONYMISED);
		PublishedCase published = this.library.find(id).orElseThrow();
		assertThat(published.organisationName()).isNull();
		assertThat(published.interviewees()).allSatisfy((i) -> assertThat(i.name()).isNull());
		assertThat(published.interviewees()).extracting(PublishedCase.Interviewee::role).containsExactly("Head nurse");
		assertThat(this.library.search(text(this.organisation.getName().split(" ")[2])).hits())
			.noneMatch((h) -> h.id() == id);
		assertThat(this.library.search(text("Maria Rossi " + word)).total()).isZero();
	}

	@Test
	void facetsCountTheWholeResultAndFiltersCombine() {
		String word = word();
		this.fixtures.published(this.partner, this.editor, "First " + word, "x", "ROBOTICS", ConsentScope.PUBLIC);
		this.fixtures.published(this.partner, this.editor, "Second " + word, "x", "ROBOTICS", ConsentScope.PUBLIC);
		this.fixtures.published(this.partner, this.editor, "Third " + word, "x", "BLOCKCHAIN", ConsentScope.PUBLIC);
		LibraryPage all = this.library.search(text(word));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.facets().get("technology")).containsExactly(new LibraryPage.FacetValue("ROBOTICS", 2),
				new LibraryPage.FacetValue("BLOCKCHAIN", 1));
		assertThat(all.facets().get("country")).containsExactly(new LibraryPage.FacetValue("MT", 3));
		assertThat(all.facets().get("label")).containsExactly(new LibraryPage.FacetValue("GOOD_PRACTICE", 3));
		assertThat(all.facets().get("competence")).containsExactly(new LibraryPage.FacetValue("D6.2", 3));
		LibraryPage filtered = this.library
			.search(new LibraryQuery(word, "ROBOTICS", null, null, "MT", null, null, 2023, "title", 0));
		assertThat(filtered.hits()).extracting(LibraryPage.Hit::title)
			.containsExactly("First " + word, "Second " + word);
	}

	@Test
	void sqlLookingInputIsJustTextAndFindsNothingOdd() {
		long before = this.library.count();
		for (String input : new String[] { "'; drop table cases.published_case; --", "1'='1' --", "!!(&|", "\"unclosed",
				"<script>alert(1)</script>", "%_\\" }) {
			// with a word no case holds, the input must match nothing rather than fail or
			// match all
			assertThat(this.library.search(text(input + " " + word())).total()).isZero();
		}
		// "or" is web-search syntax for either word, never SQL: it matches at most every
		// case
		assertThat(this.library.search(text("a' or '1'='1")).total()).isLessThanOrEqualTo(before);
		assertThat(this.library.count()).isEqualTo(before);
	}

	@Test
	void editingAPublishedCaseKeepsThePublishedVersionUntilTheNewOneIsPublished() {
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, "Original " + word, "x", "EHR",
				ConsentScope.PUBLIC);
		// the page is shown once, so its rows are kept for this generation of the library
		assertThat(this.library.search(text(word)).hits()).extracting(LibraryPage.Hit::title)
			.containsExactly("Original " + word);
		this.drafts.revise(id, this.partner);
		this.drafts.edit(id, this.partner, this.drafts.load(id, this.partner).getVersion(),
				(c) -> c.describeBasics("Revised " + word, c.getSummary(), c.getCareSetting(), c.period(), c.getStage(),
						c.getTechnologies(), c.professionCodes(), java.time.Clock.systemUTC()));
		assertThat(this.library.find(id).orElseThrow().title()).isEqualTo("Original " + word);
		this.drafts.submit(id, this.partner);
		this.review.startReview(id, this.editor);
		this.review.approve(id, this.editor);
		this.review.publish(id, this.editor);
		assertThat(this.library.find(id).orElseThrow().title()).isEqualTo("Revised " + word);
		assertThat(this.library.search(text(word)).hits()).extracting(LibraryPage.Hit::title)
			.containsExactly("Revised " + word);
	}

	@Test
	void archivingTakesACaseOutOfTheLibrary() {
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, "Archived " + word, "x", "EHR",
				ConsentScope.PUBLIC);
		this.review.archive(id, this.editor, "Superseded");
		assertThat(this.library.find(id)).isEmpty();
	}

	@Test
	void aKnownSearchSeesEveryPublicationAndArchivingAtOnce() {
		String word = word();
		Long first = this.fixtures.published(this.partner, this.editor, "Kept " + word, "x", "EHR",
				ConsentScope.PUBLIC);
		assertThat(this.library.search(text(word)).total()).isEqualTo(1);
		Long second = this.fixtures.published(this.partner, this.editor, "Added " + word, "x", "ROBOTICS",
				ConsentScope.PUBLIC);
		LibraryPage both = this.library.search(text(word));
		assertThat(both.total()).isEqualTo(2);
		assertThat(both.hits()).extracting(LibraryPage.Hit::id).containsExactlyInAnyOrder(first, second);
		assertThat(both.facets().get("technology")).extracting(LibraryPage.FacetValue::value)
			.containsExactlyInAnyOrder("EHR", "ROBOTICS");
		this.review.archive(second, this.editor, "Withdrawn by the organisation");
		LibraryPage after = this.library.search(text(word));
		assertThat(after.total()).isEqualTo(1);
		assertThat(after.hits()).extracting(LibraryPage.Hit::id).containsExactly(first);
	}

	@Test
	void pagesOfOneSearchFollowEachOtherWithoutGapsOrRepeats() {
		String word = word();
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 13; i++) {
			ids.add(this.fixtures.published(this.partner, this.editor, "Paged %02d %s".formatted(i, word), "x", "EHR",
					ConsentScope.PUBLIC));
		}
		java.util.List<Long> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			LibraryPage result = this.library
				.search(new LibraryQuery(word, null, null, null, null, null, null, null, "title", page));
			assertThat(result.total()).isEqualTo(13);
			result.hits().forEach((hit) -> seen.add(hit.id()));
		}
		// titles were numbered in publication order, so title order is that order
		assertThat(seen).containsExactlyElementsOf(ids);
	}

	@Test
	void technologyNamesAreSearchableInEveryLanguage() {
		String word = word();
		Long tagged = this.fixtures.published(this.partner, this.editor, "Remote clinic " + word, "x", "TELEHEALTH",
				ConsentScope.PUBLIC);
		this.fixtures.published(this.partner, this.editor, "Other clinic " + word, "x", "ROBOTICS",
				ConsentScope.PUBLIC);
		assertThat(ids("telemedicine " + word, Locale.ENGLISH)).containsExactly(tagged);
		assertThat(ids("telemedicina " + word, Locale.ITALIAN)).containsExactly(tagged);
		assertThat(ids("τηλεϊατρική " + word, Locale.forLanguageTag("el"))).containsExactly(tagged);
		// a name in another language than the reader's, and without its accents
		assertThat(ids("τηλεϊατρικη " + word, Locale.ENGLISH)).containsExactly(tagged);
		assertThat(ids("távegészségügyi " + word, Locale.forLanguageTag("hu"))).containsExactly(tagged);
		// professions and care settings are named too, in any inflection
		assertThat(ids("infermiere ospedale " + word, Locale.ITALIAN)).hasSize(2);
		assertThat(ids("νοσηλευτές " + word, Locale.forLanguageTag("el"))).hasSize(2);
	}

	@Test
	void wordsMatchAcrossInflectionsInTheReadersLanguage() {
		String word = word();
		Long english = this.fixtures.published(this.partner, this.editor, "Carers " + word,
				"The carers trained their colleagues in wound dressing " + word, "EHR", ConsentScope.PUBLIC);
		Long italian = this.fixtures.published(this.partner, this.editor, "Farmacie " + word,
				"Le farmacie rurali hanno formato gli infermieri di comunità", "EHR", ConsentScope.PUBLIC);
		Long greek = this.fixtures.published(this.partner, this.editor, "Κλινικές " + word,
				"Οι νοσηλεύτριες εκπαίδευσαν τους ασθενείς στις συσκευές", "EHR", ConsentScope.PUBLIC);
		assertThat(ids("carer training " + word, Locale.ENGLISH)).containsExactly(english);
		assertThat(ids("farmacia rurale " + word, Locale.ITALIAN)).containsExactly(italian);
		assertThat(ids("ασθενής συσκευή " + word, Locale.forLanguageTag("el"))).containsExactly(greek);
		// the match is highlighted where the text has it
		assertThat(this.library.search(text("carer " + word), Locale.ENGLISH).hits().get(0).snippetHtml())
			.contains("<mark>carers</mark>");
	}

	/**
	 * Greek ends a word in ς and writes σ elsewhere, and lower case makes a capital Σ a σ
	 * wherever it stands: a word in capitals and the same word in lower case are one.
	 */
	@Test
	void aGreekWordInCapitalsAndInLowerCaseIsOneWord() {
		String word = word();
		Long capitals = this.fixtures.published(this.partner, this.editor, "ΟΙ ΝΟΣΗΛΕΥΤΈΣ " + word, "x", "EHR",
				ConsentScope.PUBLIC);
		Long lower = this.fixtures.published(this.partner, this.editor, "Οι φαρμακοποιοί " + word,
				"Οι φαρμακοποιοί και οι νοσηλευτές", "EHR", ConsentScope.PUBLIC);
		for (Locale reader : List.of(Locale.forLanguageTag("el"), Locale.ENGLISH)) {
			assertThat(ids("νοσηλευτές " + word, reader)).as("%s", reader).containsExactlyInAnyOrder(capitals, lower);
			assertThat(ids("ΝΟΣΗΛΕΥΤΕΣ " + word, reader)).as("%s", reader).containsExactlyInAnyOrder(capitals, lower);
		}
		assertThat(this.library.search(text("νοσηλευτές " + word), Locale.ENGLISH)
			.hits()
			.stream()
			.filter((hit) -> hit.id() == lower)
			.findFirst()
			.orElseThrow()
			.snippetHtml()).contains("<mark>νοσηλευτές</mark>");
	}

	@Test
	void aSmallTypoStillFindsTheCaseByItsTitleOrItsTechnology() {
		String word = word();
		// a word of letters only: the library's vocabulary leaves out words with digits
		String rare = "dermatoscop" + word.substring(2, 6).replaceAll("[0-9]", "y");
		Long id = this.fixtures.published(this.partner, this.editor, "Remote " + rare + " " + word, "x", "TELEHEALTH",
				ConsentScope.PUBLIC);
		String typo = rare.substring(0, 8) + rare.substring(9);
		assertThat(ids(typo + " " + word, Locale.ENGLISH)).containsExactly(id);
		assertThat(ids("telemedecine " + word, Locale.ENGLISH)).containsExactly(id);
		// a word like nothing in the library still finds nothing
		assertThat(ids("xylophone " + word, Locale.ENGLISH)).isEmpty();
	}

	/**
	 * A snippet marks the words ts_headline marks in the same text for the same query, in
	 * the reader's language: inflections, accents, capitals, Greek, an apostrophe, a
	 * hyphen. One difference is meant: ts_headline marks a word the query excludes as
	 * well (see {@link SnippetsTests}). The library reads a final ς as σ, and ts_headline
	 * parses a text as written, so it is given the text so read.
	 */
	@Test
	void theSnippetMarksTheWordsTheDatabaseMarks() {
		String[][] searches = {
				{ "en", "nurses records", "Nurses keep the RECORDS; a nurse's record, the nurse-led team." },
				{ "it", "infermieri telemedicina",
						"L'infermiera usa la telemedicina; gli infermieri e l'infermière la usano." },
				{ "el", "νοσηλευτές", "Οι νοσηλευτές και ο νοσηλευτής, Νοσηλευτές." },
				{ "en", "simulation", "Simulação, simulation and SIMULATIONS." } };
		for (String[] search : searches) {
			String tsquery = this.jdbc.sql("select cases.library_tsquery(cast(:config as regconfig), :q, false)::text")
				.param("config", "cases.library_" + search[0])
				.param("q", search[1])
				.query(String.class)
				.single();
			String database = this.jdbc
				.sql("select ts_headline('cases.library_simple', translate(:text, 'ς', 'σ'), cast(:tsq as tsquery),"
						+ " 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')")
				.param("text", search[2])
				.param("tsq", tsquery)
				.query(String.class)
				.single();
			assertThat(marked(Snippets.headline(search[2], Snippets.words(tsquery)).replace('ς', 'σ')))
				.as("%s in %s", search[1], search[2])
				.isNotEmpty()
				.isEqualTo(marked(database));
		}
	}

	private static List<String> marked(String html) {
		List<String> words = new ArrayList<>();
		Matcher mark = Pattern.compile("<mark>(.*?)</mark>").matcher(html);
		while (mark.find()) {
			words.add(mark.group(1));
		}
		return words;
	}

	private java.util.List<Long> ids(String q, Locale reader) {
		return this.library.search(text(q), reader).hits().stream().map(LibraryPage.Hit::id).toList();
	}

}
