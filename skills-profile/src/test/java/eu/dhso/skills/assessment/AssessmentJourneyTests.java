package eu.dhso.skills.assessment;

import java.util.List;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.PrintedPdf;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.framework.ItemTranslating;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class AssessmentJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Autowired
	ItemTranslating itemTranslating;

	@Test
	void theInstrumentHasAtLeastFortyItemsCoveringEveryAreaWithKnowledgeItems() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Instrument instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow();
		List<AssessmentItem> items = this.instruments.findItems(instrument.getId());
		assertThat(items).hasSizeGreaterThanOrEqualTo(40);
		for (AreaView area : view.areas()) {
			List<Long> competences = area.competences().stream().map(CompetenceView::id).toList();
			assertThat(items).as(area.code())
				.anySatisfy((
						i) -> assertThat(i.getKind() == ItemKind.KNOWLEDGE && competences.contains(i.getCompetenceId()))
							.isTrue());
		}
		assertThat(items).filteredOn((i) -> i.getKind() == ItemKind.KNOWLEDGE)
			.allSatisfy((i) -> assertThat(i.getOptions()).hasSize(4).filteredOn(ItemOption::isCorrect).hasSize(1));
	}

	@Test
	void aProfessionalStopsHalfwayResumesChangesAnAnswerSubmitsAndRetakes() throws Exception {
		RequestPostProcessor me = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		long id = start(me);
		this.mvc.perform(get("/skills/assessments/{id}", id).with(me))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/areas/S1"));
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 of ")))
			.andExpect(content().string(containsString("<progress")));

		List<AssessmentItem> items = items();
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		AreaView first = view.areas().get(0);
		this.mvc.perform(answers(id, first, items, 1).param("action", "stop").with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/assessments"))
			.andExpect(flash().attribute("success", "skills.attempt.stopped"));
		// Signing in again later: the attempt resumes at the first area with open
		// questions.
		this.mvc.perform(get("/skills/assessments/{id}", id).with(me))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/areas/" + view.areas().get(1).code()));
		this.mvc.perform(get("/skills/assessments/{id}/review", id).with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Submit and see my result"))));
		this.mvc.perform(post("/skills/assessments/{id}/submit", id).with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/review"))
			.andExpect(flash().attribute("error", "skills.review.incomplete"));

		for (AreaView area : view.areas()) {
			this.mvc.perform(answers(id, area, items, 1).with(me).with(csrf())).andExpect(status().is3xxRedirection());
		}
		// Changing an answer before submitting: the first area is answered at level 4
		// instead.
		this.mvc.perform(answers(id, first, items, 4).param("action", "review").with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/review"));
		this.mvc.perform(get("/skills/assessments/{id}/review", id).with(me))
			.andExpect(content().string(containsString("Submit and see my result")));
		this.mvc.perform(post("/skills/assessments/{id}/submit", id).with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/result"));

		this.mvc.perform(get("/skills/assessments/{id}/result", id).with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your self-assessment result")))
			.andExpect(content().string(containsString("level level-4")))
			.andExpect(content().string(containsString("below the expected level")))
			.andExpect(content().string(containsString("Next step:")))
			.andExpect(content().string(containsString("Over-confident")))
			.andExpect(content().string(matchesRegex(
					"(?s).*<a href=\"/framework#competence-[A-Z]+\\d+\\.\\d+\">See the level descriptors</a>.*")));
		// The descriptors link lands on the competence in the framework, not on training.
		this.mvc.perform(get("/framework")).andExpect(content().string(containsString("id=\"competence-S1.1\"")));
		byte[] pdf = this.mvc.perform(get("/skills/assessments/{id}/result.pdf", id).with(me))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String firstPage = PrintedPdf.of(pdf).isTaggedIn("en").text();
		assertThat(firstPage).contains("Your self-assessment result", "Over-confident", "Next step:");
		byte[] greek = this.mvc.perform(get("/skills/assessments/{id}/result.pdf", id).param("lang", "el").with(me))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(greek).isTaggedIn("el").text()).contains("Το αποτέλεσμα της αυτοαξιολόγησής σας",
				"Σελίδα 1 από");
		assertThat(firstPage).contains("Page 1 of");
		// A submitted attempt no longer changes.
		this.mvc.perform(answers(id, first, items, 2).with(me).with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).with(me))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/result"));

		long retake = start(me);
		assertThat(retake).isNotEqualTo(id);
		this.mvc.perform(get("/skills/assessments").with(me))
			.andExpect(content().string(containsString("/skills/assessments/" + id + "/result")))
			.andExpect(content().string(containsString("href=\"/skills/assessments/" + retake + "\"")));
	}

	@Test
	void takeAgainIsNotOfferedWhileAnAttemptIsStillOpen() throws Exception {
		RequestPostProcessor me = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		long open = start(me);
		this.mvc.perform(get("/skills/assessments").with(me))
			.andExpect(content().string(not(containsString("Take the self-assessment again"))))
			.andExpect(content().string(not(containsString("action=\"/skills/assessments\""))))
			.andExpect(content().string(containsString("Resume the self-assessment")));
		// Starting anyway (an old tab) continues the open attempt rather than opening a
		// second one.
		assertThat(start(me)).isEqualTo(open);
	}

	@Test
	void startingNeedsEveryFactAndKnownValues() throws Exception {
		RequestPostProcessor me = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		this.mvc
			.perform(post("/skills/assessments").param("profession", "ASTRONAUT")
				.param("country", "IT")
				.with(me)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the listed values.")))
			.andExpect(content().string(containsString("Please correct the fields marked below.")));
	}

	@Test
	void onlyHealthProfessionalsStartSelfAssessments() throws Exception {
		RequestPostProcessor trainer = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null)));
		this.mvc.perform(get("/skills/assessments").with(trainer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/assessments")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theSelfAssessmentReadsInGreekFromTheQuestionsToTheReportPdf() throws Exception {
		RequestPostProcessor me = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		long id = start(me);
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).param("lang", "el").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Επικοινωνία")))
			.andExpect(content().string(containsString("Ποια δήλωση περιγράφει καλύτερα")))
			.andExpect(content().string(containsString("Έναν αριθμό τηλεφώνου για επικοινωνία")))
			.andExpect(content().string(containsString("Με καθοδήγηση, πραγματοποιεί")))
			.andExpect(content().string(not(containsString("Half-way through a video consultation"))))
			.andExpect(content().string(not(containsString("untranslated"))));
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).param("lang", "it").with(me))
			.andExpect(content().string(containsString("A metà di una televisita")))
			.andExpect(content().string(containsString("Quale affermazione descrive meglio")));
		// English readers see the source, unmarked, as before
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).with(me))
			.andExpect(content().string(containsString("Half-way through a video consultation")))
			.andExpect(content().string(not(containsString("untranslated"))));

		List<AssessmentItem> items = items();
		for (AreaView area : view.areas()) {
			this.mvc.perform(answers(id, area, items, 2).with(me).with(csrf())).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post("/skills/assessments/{id}/submit", id).with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/assessments/" + id + "/result"));
		this.mvc.perform(get("/skills/assessments/{id}/result", id).param("lang", "el").with(me))
			.andExpect(content().string(containsString("Προστασία συσκευών")))
			.andExpect(content().string(not(containsString("Protecting devices"))));
		byte[] pdf = this.mvc.perform(get("/skills/assessments/{id}/result.pdf", id).param("lang", "el").with(me))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(pdf).isTaggedIn("el").text()).contains("Ασφάλεια", "Προστασία συσκευών", "Ηγεσία")
			.doesNotContain("Protecting devices");
	}

	@Test
	void thePublishedInstrumentIsCompleteInGreekAndItalianAndTheReportSaysWhatOthersLack() {
		assertThat(this.itemTranslating.missing("el")).isEmpty();
		assertThat(this.itemTranslating.missing("it")).isEmpty();
		assertThat(this.itemTranslating.missing("hu")).isNotEmpty()
			.allSatisfy((m) -> assertThat(m.editLink()).contains("/translations?to=hu"));
	}

	@Test
	void anAdministratorTranslatesAnItemAndReadersOfThatLanguageSeeItWithTheRestMarkedEnglish() throws Exception {
		ObservatoryUser admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		AssessmentItem k01 = items().stream().filter((i) -> i.getCode().equals("K01")).findFirst().orElseThrow();
		String page = "/skills/admin/framework/" + view.id() + "/items/" + k01.getId() + "/translations";
		this.mvc.perform(get(page).param("to", "da").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Half-way through a video consultation")))
			.andExpect(content().string(containsString("name=\"texts[OPTION_4]\"")));
		String stamp = this.itemTranslating.sheet(view.id(), k01.getId(), "da").orElseThrow().stamp();
		this.mvc
			.perform(post(page).with(user(admin))
				.with(csrf())
				.param("language", "da")
				.param("stamp", stamp)
				.param("texts[PROMPT]", "Midt i en videokonsultation fryser billedet."))
			.andExpect(redirectedUrl(page + "?to=da"));

		RequestPostProcessor me = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		long id = start(me);
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", id).param("lang", "da").with(me))
			.andExpect(content().string(containsString("Midt i en videokonsultation fryser billedet.")))
			.andExpect(content()
				.string(containsString("<span lang=\"en\">That the consultation is being recorded</span>")))
			.andExpect(content().string(containsString("class=\"untranslated\"")));
		// an item of another version is not found through this version's page
		this.mvc
			.perform(get("/skills/admin/framework/" + (view.id() + 999) + "/items/" + k01.getId() + "/translations")
				.with(user(admin)))
			.andExpect(status().isNotFound());
	}

	long start(RequestPostProcessor me) throws Exception {
		String location = this.mvc
			.perform(post("/skills/assessments").param("profession", "NURSE")
				.param("country", "IT")
				.param("careSetting", "HOSPITAL")
				.param("experience", "YEARS_6_10")
				.with(me)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/skills/assessments/");
		return Long.parseLong(location.substring("/skills/assessments/".length()));
	}

	List<AssessmentItem> items() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		return this.instruments.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
	}

	/**
	 * Every item of an area answered with the same choice (wrong for most knowledge
	 * items).
	 */
	static MockHttpServletRequestBuilder answers(long id, AreaView area, List<AssessmentItem> items, int choice) {
		MockHttpServletRequestBuilder request = post("/skills/assessments/{id}/areas/{area}", id, area.code());
		List<Long> competences = area.competences().stream().map(CompetenceView::id).toList();
		items.stream()
			.filter((i) -> competences.contains(i.getCompetenceId()))
			.forEach((i) -> request.param("item-" + i.getId(), String.valueOf(choice)));
		return request;
	}

}
