package eu.dhso.core.framework;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.FrameworkAdministration.AreaContent;
import eu.dhso.core.framework.FrameworkAdministration.CompetenceContent;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The framework in the reader's language, its translation sheets and the gaps report. */
@ObservatoryTest
class FrameworkTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	FrameworkAdministration administration;

	@Autowired
	FrameworkTranslating translating;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	AuditEntries audit;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
	}

	@Test
	void aReaderOfAnotherLanguageSeesTheTranslationAndEnglishMarkedWhereThereIsNone() {
		Long version = draft();
		CompetenceView competence = this.framework.version(version).orElseThrow().areas().get(0).competences().get(0);
		TranslationSheet sheet = this.translating.competenceSheet(competence.id(), "da");
		this.translating.saveCompetence(competence.id(),
				new TranslationForm("da", sheet.stamp(), Map.of("TITLE", "Dansk titel", "LEVEL_2", "Niveau to")),
				"admin");

		FrameworkView danish = this.framework.version(version, "da").orElseThrow();
		CompetenceView translated = danish.areas().get(0).competences().get(0);
		assertThat(translated.title()).isEqualTo("Dansk titel");
		assertThat(translated.levels().get(2)).isEqualTo("Niveau to");
		assertThat(translated.levels().get(1)).isEqualTo("Level one");
		assertThat(translated.english()).containsExactlyInAnyOrder(TranslatedField.DESCRIPTION, TranslatedField.LEVEL_1,
				TranslatedField.LEVEL_3, TranslatedField.LEVEL_4);
		assertThat(danish.areas().get(0).english()).containsExactlyInAnyOrder(TranslatedField.TITLE,
				TranslatedField.DESCRIPTION);

		CompetenceView english = this.framework.version(version, "en")
			.orElseThrow()
			.areas()
			.get(0)
			.competences()
			.get(0);
		assertThat(english.title()).isEqualTo("Source competence");
		assertThat(english.english()).isEmpty();
	}

	@Test
	void aCopiedDraftKeepsTheTranslationsOfTheTextsItDidNotReword() {
		Long version = draft();
		CompetenceView competence = this.framework.version(version).orElseThrow().areas().get(0).competences().get(0);
		this.translating.saveCompetence(competence.id(),
				new TranslationForm("it", this.translating.competenceSheet(competence.id(), "it").stamp(),
						Map.of("TITLE", "Competenza di origine", "DESCRIPTION", "Descrizione")),
				"admin");

		Long copy = this.administration.createDraft(label(), "Copy", version,
				List.of(new AreaContent("X1", CompetenceKind.SOFT, "Source area", "About the area",
						List.of(new CompetenceContent("X1.1", "Source competence", "A reworded description", null, null,
								levels())))));

		CompetenceView copied = this.framework.version(copy, "it").orElseThrow().areas().get(0).competences().get(0);
		assertThat(copied.title()).isEqualTo("Competenza di origine");
		assertThat(copied.description()).isEqualTo("A reworded description");
		assertThat(copied.english()).contains(TranslatedField.DESCRIPTION).doesNotContain(TranslatedField.TITLE);
	}

	@Test
	void thePublishedFrameworkIsCompleteInGreekAndItalianAndNamedInEveryLanguage() {
		for (String language : List.of("el", "it")) {
			FrameworkView view = this.framework.latestPublished(language).orElseThrow();
			assertThat(view.areas()).as(language).allSatisfy((area) -> {
				assertThat(area.english()).as(language + " " + area.code()).isEmpty();
				assertThat(area.competences())
					.allSatisfy((c) -> assertThat(c.english()).as(language + " " + c.code()).isEmpty());
			});
		}
		for (String language : ContentLanguage.TARGETS) {
			FrameworkView view = this.framework.latestPublished(language).orElseThrow();
			for (AreaView area : view.areas()) {
				assertThat(area.english()).as(language + " " + area.code()).doesNotContain(TranslatedField.TITLE);
				assertThat(area.competences()).allSatisfy((c) -> assertThat(c.english()).as(language + " " + c.code())
					.doesNotContain(TranslatedField.TITLE));
			}
		}
	}

	/**
	 * Spanish, Romanian and Danish readers (pilots in Spain, Romania and Denmark) read
	 * every area's and competence's description in their language, not only the names.
	 */
	@Test
	void thePublishedFrameworkDescribesEveryAreaAndCompetenceInSpanishRomanianAndDanish() throws Exception {
		for (String language : List.of("es", "ro", "da")) {
			FrameworkView view = this.framework.latestPublished(language).orElseThrow();
			for (AreaView area : view.areas()) {
				assertThat(area.english()).as(language + " " + area.code())
					.doesNotContain(TranslatedField.TITLE, TranslatedField.DESCRIPTION);
				assertThat(area.competences()).allSatisfy((c) -> assertThat(c.english()).as(language + " " + c.code())
					.doesNotContain(TranslatedField.TITLE, TranslatedField.DESCRIPTION));
			}
		}
		this.mvc.perform(get("/framework").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("la historia clínica electrónica")));
		this.mvc.perform(get("/framework").param("lang", "ro"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dosarul electronic de sănătate")));
		this.mvc.perform(get("/framework").param("lang", "da"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("elektroniske patientjournaler")));
	}

	@Test
	void theFrameworkPageReadsInGreekAndMarksEnglishFallbacks() throws Exception {
		this.mvc.perform(get("/framework").param("lang", "el"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Επικοινωνία"), not(containsString("untranslated")))));
		this.mvc.perform(get("/framework"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Communicating with patients through digital channels"),
					not(containsString("untranslated")))));
		// Maltese names every area and competence, but not yet every descriptor
		this.mvc.perform(get("/framework").param("lang", "mt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"untranslated\""), containsString("lang=\"en\""),
					containsString("Għadu mhux tradott"))));
	}

	@Test
	void anAdministratorTranslatesACompetenceNextToItsSourceAndIsToldOfAConcurrentSave() throws Exception {
		Long version = draft();
		Long competence = this.framework.version(version).orElseThrow().areas().get(0).competences().get(0).id();
		String page = "/admin/framework/competences/" + competence + "/translations";
		this.mvc.perform(get(page).param("to", "hu").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Source competence"), containsString("lang=\"hu\""),
					containsString("name=\"texts[LEVEL_4]\""))));
		String stamp = this.translating.competenceSheet(competence, "hu").stamp();

		this.mvc
			.perform(post(page).with(user(this.admin))
				.with(csrf())
				.param("language", "hu")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Forrás kompetencia")
				.param("texts[DESCRIPTION]", " "))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page + "?to=hu"))
			.andExpect(flash().attribute("success", "translation.saved"));
		assertThat(this.framework.version(version, "hu").orElseThrow().areas().get(0).competences().get(0).title())
			.isEqualTo("Forrás kompetencia");
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "TRANSLATION_SAVE")).isEqualTo(1);

		// the old stamp no longer matches: 409, and what was typed is still there
		this.mvc
			.perform(post(page).with(user(this.admin))
				.with(csrf())
				.param("language", "hu")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Egy másik cím"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Egy másik cím")));
		assertThat(this.framework.version(version, "hu").orElseThrow().areas().get(0).competences().get(0).title())
			.isEqualTo("Forrás kompetencia");
	}

	@Test
	void aTranslationSheetRefusesTooLongTextsAndPostsWithoutAToken() throws Exception {
		Long version = draft();
		Long competence = this.framework.version(version).orElseThrow().areas().get(0).competences().get(0).id();
		String page = "/admin/framework/competences/" + competence + "/translations";
		String stamp = this.translating.competenceSheet(competence, "ro").stamp();
		this.mvc
			.perform(post(page).with(user(this.admin))
				.with(csrf())
				.param("language", "ro")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Titlu")
				.param("texts[LEVEL_1]", "x".repeat(TranslationForm.MAX_LENGTH + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("aria-invalid=\"true\""), containsString("Titlu"))));
		this.mvc
			.perform(post(page).with(user(this.admin))
				.param("language", "ro")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Titlu"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from core.translation where entity_id = ? and language = 'ro'")
			.param(competence)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theMissingTranslationsReportCountsWhatEachLanguageLacksAndLinksToTheSheets() throws Exception {
		Long version = draft();
		Long competence = this.framework.version(version).orElseThrow().areas().get(0).competences().get(0).id();
		this.mvc.perform(get("/admin/translations").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/translations/da")));
		this.mvc.perform(get("/admin/translations/lt").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/admin/framework/competences/" + competence + "/translations?to=lt")));
		this.mvc.perform(get("/admin/translations/en").with(user(this.admin))).andExpect(status().isNotFound());
	}

	private Long draft() {
		return this.administration.createDraft(label(), "Translation test", null,
				List.of(new AreaContent("X1", CompetenceKind.SOFT, "Source area", "About the area",
						List.of(new CompetenceContent("X1.1", "Source competence", "About the competence", null, null,
								levels())))));
	}

	private static Map<Integer, String> levels() {
		return Map.of(1, "Level one", 2, "Level two", 3, "Level three", 4, "Level four");
	}

	private static String label() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

}
