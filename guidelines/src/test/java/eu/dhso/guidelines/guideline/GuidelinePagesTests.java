package eu.dhso.guidelines.guideline;

import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.PrintedPdf;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class GuidelinePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	Consultation consultation;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuidelineTranslating translating;

	@Autowired
	eu.dhso.guidelines.indicator.IndicatorSeries indicators;

	String slug;

	RequestPostProcessor editor;

	RequestPostProcessor partner;

	@BeforeEach
	void guideline() {
		this.slug = "g-" + UUID.randomUUID().toString().substring(0, 8);
		// no citations: VersionDiffTests' case 12 is not published here, and publishing
		// checks that
		this.guidelines.create(this.slug, uncited(VersionDiffTests.FIRST), "test");
		this.editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		Organisation organisation = this.organisations
			.save(new Organisation("Partner " + UUID.randomUUID(), OrganisationType.HOSPITAL, "IT"));
		this.partner = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, organisation)));
	}

	@Test
	void anEditorTranslatesAGuidelineTitleNextToItsSourceAndReadersSeeItOrTheMarkedEnglish() throws Exception {
		this.guidelines.publish(this.slug, "First.", "test");
		String title = this.guidelines.latest(this.slug).orElseThrow().document().title();
		// not yet translated: the English title, marked as English
		this.mvc.perform(get("/guidelines/" + this.slug).param("lang", "es"))
			.andExpect(content().string(containsString("<span lang=\"en\">" + title + "</span>")))
			.andExpect(content().string(containsString("class=\"untranslated\"")));
		String page = "/guidelines/manage/" + this.slug + "/translations";
		this.mvc.perform(get(page).param("to", "es").with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		String stamp = this.translating.sheet(this.slug, "es").orElseThrow().stamp();
		this.mvc
			.perform(post(page).with(this.editor)
				.with(csrf())
				.param("language", "es")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Una guía de prueba"))
			.andExpect(redirectedUrl(page + "?to=es"));
		this.mvc.perform(get("/guidelines/" + this.slug).param("lang", "es"))
			.andExpect(content().string(containsString("Una guía de prueba")))
			.andExpect(content().string(not(containsString("class=\"untranslated\""))));
		this.mvc.perform(get(page).with(this.partner)).andExpect(status().isForbidden());
		assertThat(this.translating.missing("es")).noneMatch((m) -> m.editLink().contains(this.slug + "/"));
		this.mvc.perform(get("/guidelines/" + this.slug))
			.andExpect(content().string(containsString("Title")))
			.andExpect(content().string(not(containsString("untranslated"))));
	}

	@Test
	void anEditorPublishesVersionsThatAnyoneReadsAndCompares() throws Exception {
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/publish").param("changeNote", "First")
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/" + this.slug + "/versions/1"));
		long version = this.guidelines.draft(this.slug).orElseThrow().version();
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/edit").param("title", "Second title")
				.param("audience", "POLICY_MAKERS")
				.param("summary", "Summary")
				.param("body", VersionDiffTests.FIRST.body())
				.param("recommendations", "Do this | guideline:" + this.slug + "@1")
				.param("version", String.valueOf(version))
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/manage/" + this.slug));
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/publish").param("changeNote", "Retitled")
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/guidelines/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second title")))
			.andExpect(content().string(containsString("Retitled")))
			.andExpect(content().string(containsString("href=\"/guidelines/" + this.slug + "/versions/1\"")));
		this.mvc.perform(get("/guidelines/" + this.slug + "/versions/1"))
			.andExpect(content().string(containsString("an earlier version")));
		this.mvc.perform(get("/guidelines/" + this.slug + "/compare").param("from", "1").param("to", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second title")))
			.andExpect(content().string(containsString("Changes from version 1 to version 2")));
		this.mvc.perform(get("/guidelines/" + this.slug + "/versions/2/pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		byte[] greek = this.mvc.perform(get("/guidelines/" + this.slug + "/versions/2/pdf").param("lang", "el"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(greek).isTaggedIn("el").text()).contains("Second title", "Κοινό-στόχος",
				"Σελίδα 1 από");
		assertThat(this.guidelines.versions(this.slug)).extracting(Guideline.PublishedVersion::changeNote)
			.containsExactly("Retitled", "First");
	}

	@Test
	void aPublishedVersionCannotBeChanged() {
		this.guidelines.publish(this.slug, "First", "test");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.sql("update guidelines.guideline_version set content = '{}' where number = 1 and guideline_id = "
					+ "(select id from guidelines.guideline where slug = :slug)")
			.param("slug", this.slug)
			.update());
	}

	@Test
	void aStaleEditIsAConflict() throws Exception {
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/edit").param("title", "T")
				.param("audience", "POLICY_MAKERS")
				.param("body", "Body")
				.param("version", "99")
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void unpublishedGuidelinesAreNotPublic() throws Exception {
		this.mvc.perform(get("/guidelines/" + this.slug)).andExpect(status().isNotFound());
		this.mvc.perform(get("/guidelines/" + this.slug + "/versions/1/pdf")).andExpect(status().isNotFound());
	}

	@Test
	void partnersCommentOnlyWhileTheDraftIsOpenForConsultation() throws Exception {
		this.mvc.perform(get("/guidelines/" + this.slug + "/consultation").with(this.partner))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/guidelines/" + this.slug + "/consultation").param("section", "1")
				.param("body", "Too early")
				.with(this.partner)
				.with(csrf()))
			.andExpect(status().isNotFound());

		this.guidelines.setConsultation(this.slug, true, "test");
		this.mvc
			.perform(post("/guidelines/" + this.slug + "/consultation").param("section", "1")
				.param("body", "Name the body")
				.with(this.partner)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/guidelines/" + this.slug + "/consultation").with(this.partner))
			.andExpect(content().string(containsString("Name the body")));

		this.guidelines.publish(this.slug, "First", "test");
		this.mvc
			.perform(post("/guidelines/" + this.slug + "/consultation").param("section", "1")
				.param("body", "Too late")
				.with(this.partner)
				.with(csrf()))
			.andExpect(status().isNotFound());
		long id = this.guidelines.draft(this.slug).orElseThrow().id();
		assertThat(this.consultation.comments(this.slug, true)).extracting(ConsultationComment.Comment::body)
			.containsExactly("Name the body");
	}

	@Test
	void professionalsAndAnonymousVisitorsCannotTakePartInConsultations() throws Exception {
		this.guidelines.setConsultation(this.slug, true, "test");
		RequestPostProcessor professional = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		this.mvc.perform(get("/guidelines/" + this.slug + "/consultation").with(professional))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/guidelines/" + this.slug + "/consultation")).andExpect(status().is3xxRedirection());
	}

	@Test
	void editorsResolveAndHideComments() throws Exception {
		this.guidelines.setConsultation(this.slug, true, "test");
		Guideline.Draft draft = this.guidelines.draft(this.slug).orElseThrow();
		ObservatoryUser author = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
		this.consultation.comment(draft, 0, author, "Fine");
		this.consultation.comment(draft, 0, author, "Spam");
		List<ConsultationComment.Comment> comments = this.consultation.comments(draft.slug(), true);
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/comments/" + comments.get(0).id())
				.param("resolution", "Agreed")
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/comments/" + comments.get(1).id()).param("hide", "true")
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/guidelines/" + this.slug + "/consultation").with(this.partner))
			.andExpect(content().string(containsString("Agreed")))
			.andExpect(content().string(not(containsString("Spam"))));
	}

	/**
	 * The comment form repeats under every section: its error shows under the one posted.
	 */
	@Test
	void anEmptyCommentIsRefusedUnderItsOwnSectionOnly() throws Exception {
		this.guidelines.setConsultation(this.slug, true, "test");
		String page = this.mvc
			.perform(post("/guidelines/" + this.slug + "/consultation").param("section", "1")
				.param("body", " ")
				.with(this.partner)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"comment-1-errors\"")
			.doesNotContain("comment-0-errors")
			.doesNotContain("comment-2-errors")
			.doesNotContain("flash error");
		assertThat(this.consultation.comments(this.slug, true)).isEmpty();
	}

	/**
	 * One moderation form per open comment: a too long resolution is refused at its
	 * comment.
	 */
	@Test
	void aTooLongResolutionIsRefusedAtItsOwnCommentAndKeepsTheText() throws Exception {
		this.guidelines.setConsultation(this.slug, true, "test");
		Guideline.Draft draft = this.guidelines.draft(this.slug).orElseThrow();
		ObservatoryUser author = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
		this.consultation.comment(draft, 0, author, "First");
		this.consultation.comment(draft, 0, author, "Second");
		List<ConsultationComment.Comment> comments = this.consultation.comments(draft.slug(), true);
		String resolution = "Long resolution " + "x".repeat(1000);
		String page = this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/comments/" + comments.get(1).id())
				.param("resolution", resolution)
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"resolution-" + comments.get(1).id() + "-errors\"")
			.doesNotContain("resolution-" + comments.get(0).id() + "-errors")
			.contains(resolution);
		assertThat(this.consultation.comments(draft.slug(), true))
			.allSatisfy((c) -> assertThat(c.resolution()).isNull());
	}

	@Test
	void partnersCannotManageGuidelines() throws Exception {
		this.mvc.perform(get("/guidelines/manage").with(this.partner)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/publish").param("changeNote", "x")
				.with(this.partner)
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.guidelines.latest(this.slug)).isEmpty();
	}

	static GuidelineDocument uncited(GuidelineDocument document) {
		return new GuidelineDocument(document.title(), document.audience(), document.summary(), document.body(),
				document.recommendations()
					.stream()
					.map((r) -> new GuidelineDocument.Recommendation(r.text(), List.of()))
					.toList());
	}

	private org.springframework.test.web.servlet.ResultActions saveRecommendations(String recommendations)
			throws Exception {
		long version = this.guidelines.draft(this.slug).orElseThrow().version();
		return this.mvc.perform(post("/guidelines/manage/" + this.slug + "/edit").param("title", "Cited title")
			.param("audience", "POLICY_MAKERS")
			.param("summary", "Summary")
			.param("body", VersionDiffTests.FIRST.body())
			.param("recommendations", recommendations)
			.param("version", String.valueOf(version))
			.with(this.editor)
			.with(csrf()));
	}

	private String indicator(java.time.LocalDate periodEnd, int value) {
		String code = "test.cited-" + this.slug;
		this.indicators.store(periodEnd,
				new eu.dhso.core.indicator.IndicatorSource.IndicatorValue(code, null, null,
						java.math.BigDecimal.valueOf(value), 100, false),
				eu.dhso.guidelines.indicator.IndicatorSeries.COMPUTED, "test");
		return code;
	}

	/** The crawl found a draft's role-profile citation shown as its code (NURSE). */
	@Test
	void aDraftsRoleProfileCitationNamesTheProfessionNotItsCode() throws Exception {
		saveRecommendations("Plan with nurses | profile:NURSE").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/guidelines/manage/" + this.slug).with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-citation=\"profile:NURSE\">Nurse</a>")));
	}

	@Test
	void aDraftCitingUnknownOrNonPublicEvidenceShowsTheErrorNextToTheFieldAndKeepsTheText() throws Exception {
		String other = "hidden-" + this.slug;
		this.guidelines.create(other, uncited(VersionDiffTests.FIRST), "test");
		saveRecommendations("Keep this text | case:999999999 guideline:" + other + " indicator:no.such")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These citations name nothing the public can see: "
					+ "case:999999999 guideline:" + other + " indicator:no.such")))
			.andExpect(content().string(containsString("Keep this text | case:999999999")))
			.andExpect(content().string(containsString("field-errors")));
		assertThat(this.guidelines.draft(this.slug).orElseThrow().document().title())
			.isEqualTo(VersionDiffTests.FIRST.title());
	}

	@Test
	void aReferenceWrittenInsideTheTextIsRefusedSoItNeverReachesReaders() throws Exception {
		saveRecommendations("As {{indicator:no.such}} shows").andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("These citations name nothing the public can see: " + "{{indicator:no.such}}")));
		assertThat(this.guidelines.draft(this.slug).orElseThrow().document().recommendations())
			.noneSatisfy((r) -> assertThat(r.text()).contains("no.such"));
	}

	@Test
	void publishingFreezesTheCitedVersionAndFigureSoLaterDataDoNotChangeThePublishedText() throws Exception {
		java.time.LocalDate march = java.time.LocalDate.of(2020, 3, 31);
		String code = indicator(march, 7);
		saveRecommendations("Watch the figure | indicator:" + code).andExpect(status().is3xxRedirection());
		assertThat(this.guidelines.draft(this.slug).orElseThrow().document().evidence())
			.extracting(GuidelineDocument.Evidence::token)
			.as("the draft pins the period it was checked on")
			.containsExactly("indicator:" + code + "@2020-03-31");
		indicator(java.time.LocalDate.of(2020, 4, 30), 8);
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/publish").param("changeNote", "First")
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/" + this.slug + "/versions/1"));
		// the evidence changes after publication: the published text does not
		this.jdbc.sql("update guidelines.indicator_value set value = 99 where code = :code and period_end = :p")
			.param("code", code)
			.param("p", march)
			.update();

		this.mvc.perform(get("/guidelines/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("figure as cited: 7")))
			.andExpect(content().string(containsString("(version 2020-03-31)")))
			.andExpect(content().string(containsString("data-citation=\"indicator:" + code + "@2020-03-31\"")))
			.andExpect(content().string(containsString("href=\"/observatory/indicators/compare?code=" + code)))
			.andExpect(content().string(not(containsString("figure as cited: 99"))))
			.andExpect(content().string(not(containsString("figure as cited: 8"))));
	}

	@Test
	void evidenceThatIsNoLongerPublicStopsThePublication() throws Exception {
		String code = indicator(java.time.LocalDate.of(2020, 3, 31), 7);
		saveRecommendations("Watch the figure | indicator:" + code).andExpect(status().is3xxRedirection());
		this.jdbc.sql("update guidelines.indicator_value set suppressed = true, value = null where code = :code")
			.param("code", code)
			.update();
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/publish").param("changeNote", "First")
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/manage/" + this.slug))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("uncitable", "indicator:" + code + "@2020-03-31"));
		assertThat(this.guidelines.versions(this.slug)).isEmpty();
	}

	@Test
	void thePickerFindsPublicEvidenceWithoutJavaScriptAndCitesItInARecommendation() throws Exception {
		String cited = "cited-" + this.slug;
		this.guidelines.create(cited, uncited(VersionDiffTests.FIRST), "test");
		this.guidelines.publish(cited, "First", "test");
		saveRecommendations("Read the other guideline").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/guidelines/manage/" + this.slug + "/cite").param("kind", "GUIDELINE")
				.param("q", cited)
				.with(this.editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("guideline:" + cited + "@1")))
			.andExpect(content().string(not(containsString("guideline:" + this.slug + "@"))));
		long version = this.guidelines.draft(this.slug).orElseThrow().version();
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/cite").param("kind", "GUIDELINE")
				.param("reference", cited + "@1")
				.param("recommendation", "0")
				.param("version", String.valueOf(version))
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/manage/" + this.slug));
		assertThat(this.guidelines.draft(this.slug).orElseThrow().document().evidence())
			.extracting(GuidelineDocument.Evidence::title, GuidelineDocument.Evidence::link)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(VersionDiffTests.FIRST.title(),
					"/guidelines/" + cited + "/versions/1"));
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/cite").param("kind", "GUIDELINE")
				.param("reference", "no-such-guideline")
				.param("recommendation", "0")
				.param("version", String.valueOf(this.guidelines.draft(this.slug).orElseThrow().version()))
				.with(this.editor)
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "guidelines.cite.invalid"));
	}

	@Test
	void aCitationMissingAValueIsABadRequestAndAnOverlongReferenceIsRefusedWithAMessage() throws Exception {
		saveRecommendations("Read the evidence").andExpect(status().is3xxRedirection());
		String version = String.valueOf(this.guidelines.draft(this.slug).orElseThrow().version());
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/cite").param("kind", "GUIDELINE")
				.param("recommendation", "0")
				.param("version", version)
				.with(this.editor)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/guidelines/manage/" + this.slug + "/cite").param("kind", "GUIDELINE")
				.param("reference", "x".repeat(201))
				.param("recommendation", "0")
				.param("version", version)
				.with(this.editor)
				.with(csrf()))
			.andExpect(redirectedUrl("/guidelines/manage/" + this.slug + "/cite"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "guidelines.cite.invalid"));
	}

	@Test
	void verificationRecomputesEveryPublishedFigureAndReportsAChangedInput() throws Exception {
		java.time.LocalDate march = java.time.LocalDate.of(2020, 3, 31);
		String code = indicator(march, 7);
		saveRecommendations("Watch the figure | indicator:" + code).andExpect(status().is3xxRedirection());
		this.guidelines.publish(this.slug, "First", "test");
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc.perform(get("/observatory/manage/verify").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("indicator:" + code))));

		this.jdbc.sql("update guidelines.indicator_value set value = 6 where code = :code")
			.param("code", code)
			.update();
		this.mvc.perform(get("/observatory/manage/verify").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("indicator:" + code + "@2020-03-31")))
			.andExpect(content().string(containsString("<td>7</td>")))
			.andExpect(content().string(containsString("<td>6</td>")));
		this.mvc.perform(get("/observatory/manage/verify").with(this.editor)).andExpect(status().isForbidden());
	}

}
