package eu.dhso.web;

import eu.dhso.core.testsupport.PrintedPdf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.Instruments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The self-assessment in a real browser, over two sign-ins. */
class SkillsJourneyTests extends BrowserTestSupport {

	static final String PASSWORD = "compass rose over the harbour";

	static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * Latin words a Greek page may show: the language switcher's own names of the
	 * languages, names and codes, and the few technical terms Greek keeps as they are.
	 */
	static final Set<String> LATIN_ALLOWED = Set.of("English", "Italiano", "Magyar", "Română", "Lietuvių", "Español",
			"Dansk", "Malti", "greek", "DHSO", "SBAR", "PICO", "PubMed", "Cochrane", "Library", "Creative", "Commons",
			"phishing", "netiquette", "DigComp");

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Test
	void aProfessionalRegistersStopsHalfwayResumesSubmitsAndDownloadsTheReport() throws IOException {
		String username = "journey" + (System.nanoTime() % 1_000_000_000L);
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/register"));
			page.getByLabel("Username").fill(username);
			page.getByLabel("Full name").fill("Journey Nurse");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
			page.getByLabel("Repeat the password").fill(PASSWORD);
			page.locator("main button[type=submit]").click();
			assertThat(page.locator(".flash.success")).isVisible();

			signIn(page, username, PASSWORD);
			page.navigate(url("/skills/assessments"));
			page.getByLabel("Profession", new Page.GetByLabelOptions().setExact(true)).selectOption("NURSE");
			page.getByLabel("Country").selectOption("IT");
			page.getByLabel("Care setting").selectOption("HOSPITAL");
			page.getByLabel("Professional experience").selectOption("YEARS_2_5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

			// Half of the fourteen areas, then away.
			for (int area = 0; area < 7; area++) {
				answerThisArea(page);
				button(page, "Save and continue").click();
			}
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/areas/S8$"));
			signOut(page);

			signIn(page, username, PASSWORD);
			page.navigate(url("/skills/assessments"));
			// While an attempt is open the page offers to resume it, not to start again.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resume the self-assessment")).click();
			// Resuming opens the first area with unanswered questions.
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/areas/S8$"));
			while (button(page, "Save and continue").count() > 0) {
				answerThisArea(page);
				button(page, "Save and continue").click();
			}
			answerThisArea(page);
			button(page, "Save and review").click();
			button(page, "Submit and see my result").click();

			assertThat(page.locator("h1")).hasText("Your self-assessment result");
			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download this report as PDF"))
				.click());
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	/**
	 * A Greek reader takes the self-assessment from registration to the PDF: every page
	 * on the way shows the framework and the questions in Greek (no English item,
	 * descriptor or competence text, no "EN" fallback), and the report PDF names the
	 * competences in Greek.
	 */
	@Test
	void aGreekProfessionalTakesTheSelfAssessmentInGreekFromStartToThePdf() throws IOException {
		Set<String> english = englishContent();
		String username = "greek" + (System.nanoTime() % 1_000_000_000L);
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/register?lang=el"));
			assertThat(page.locator("html")).hasAttribute("lang", "el");
			page.locator("#username").fill(username);
			page.locator("#displayName").fill("Ελένη Παπαδοπούλου");
			page.locator("#password").fill(PASSWORD);
			page.locator("#confirmPassword").fill(PASSWORD);
			page.locator("main button[type=submit]").click();
			assertThat(page.locator(".flash.success")).isVisible();

			page.navigate(url("/login"));
			page.locator("#username").fill(username);
			page.locator("#password").fill(PASSWORD);
			page.locator("main button[type=submit]").click();
			page.getByTestId("role-badge").waitFor();

			page.navigate(url("/skills/assessments"));
			assertGreek(page, english);
			page.locator("select[name=profession]").selectOption("NURSE");
			page.locator("select[name=country]").selectOption("GR");
			page.locator("select[name=careSetting]").selectOption("HOSPITAL");
			page.locator("select[name=experience]").selectOption("YEARS_6_10");
			page.locator("main form[action$='/skills/assessments'] button[type=submit]").click();

			int areas = 0;
			while (page.url().contains("/areas/")) {
				assertGreek(page, english);
				assertThat(page.locator("main")).containsText("Ποια δήλωση περιγράφει καλύτερα");
				Locator choices = page.locator("main input[type=radio][id$='-4']");
				for (Locator choice : choices.all()) {
					choice.check();
				}
				page.locator("main button[name=action][value=next]").click();
				areas++;
			}
			assertThat(areas).isEqualTo(14);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/review$"));
			assertGreek(page, english);
			page.locator("main form[action$='/submit'] button[type=submit]").click();

			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/result$"));
			assertThat(page.locator("h1")).hasText("Το αποτέλεσμα της αυτοαξιολόγησής σας");
			assertGreek(page, english);
			assertThat(page.locator("main")).containsText("Προστασία συσκευών");

			Download download = page.waitForDownload(() -> page.locator("main a[href$='result.pdf']").click());
			byte[] pdf = Files.readAllBytes(download.path());
			String text = PrintedPdf.of(pdf).isTaggedIn("el").text();
			assertThat(text).contains("Το αποτέλεσμα της αυτοαξιολόγησής σας", "Ηγεσία", "Ασφάλεια",
					"Προστασία συσκευών", "Διαχείριση ψηφιακής ταυτότητας");
			assertThat(english).noneMatch((sentence) -> text.contains(sentence));
		}
	}

	/**
	 * Every English text of the published framework and instrument that a Greek reader
	 * must not meet: titles, descriptions, descriptors, questions and answers.
	 */
	private Set<String> englishContent() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Set<String> texts = new HashSet<>();
		for (AreaView area : view.areas()) {
			texts.add(area.title());
			texts.add(area.description());
			for (CompetenceView competence : area.competences()) {
				texts.add(competence.title());
				texts.add(competence.description());
				texts.addAll(competence.levels().values());
			}
		}
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		for (AssessmentItem item : this.instruments.findItems(instrument)) {
			texts.add(item.getPrompt());
			item.getOptions().forEach((option) -> texts.add(option.getText()));
		}
		// a few words are the same in both languages (codes, "Netiquette"): they are not
		// English sentences
		texts.removeIf((text) -> text.length() < 12);
		return texts;
	}

	/**
	 * The page's visible text holds no English content and no untranslated marker, and
	 * its words are Greek apart from names, codes and the language switcher.
	 */
	private static void assertGreek(Page page, Set<String> english) {
		String text = page.locator("body").innerText();
		assertThat(english).as(page.url()).noneMatch(text::contains);
		assertThat(page.locator(".untranslated")).hasCount(0);
		List<String> latinWords = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			boolean latin = word.codePoints()
				.allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
			if (latin && word.length() >= 4 && !LATIN_ALLOWED.contains(word)) {
				latinWords.add(word);
			}
		}
		assertThat(latinWords).as("Latin words on " + page.url()).isEmpty();
	}

	/** The second statement or option of every question on the page. */
	private static void answerThisArea(Page page) {
		Locator choices = page.locator("main input[type=radio][id$='-2']");
		choices.first().waitFor();
		for (Locator choice : choices.all()) {
			choice.check();
		}
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
