package eu.dhso.cases.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.TrainingMethod;
import eu.dhso.cases.domain.TrainingProvider;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.taxonomy.TrainingFormat;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.web.FacetedSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class CasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Organisation organisation;

	ObservatoryUser partner;

	ObservatoryUser editor;

	@BeforeEach
	void setUp() {
		this.organisation = this.fixtures.organisation("CY");
		this.partner = this.fixtures.partner(this.organisation);
		this.editor = this.fixtures.editor();
	}

	static String word() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void anAnonymousVisitorFindsAPublishedCaseAndOpensIt() throws Exception {
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, "Remote wound care", "Involve the " + word,
				"TELEHEALTH", ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases").param("q", word).param("technology", "TELEHEALTH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remote wound care")))
			.andExpect(content().string(containsString("<mark>" + word + "</mark>")))
			.andExpect(content().string(containsString("href=\"/cases/" + id + "\"")));
		this.mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Involve the " + word)))
			.andExpect(content().string(containsString(this.organisation.getName())))
			.andExpect(content().string(containsString("Maria Rossi")))
			.andExpect(content().string(containsString("Good practice")));
	}

	@Test
	void aFacetOfManyValuesShowsTheMostCommonAndLinksToAllOfThem() throws Exception {
		String word = word();
		List<String> countries = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR");
		for (String country : countries) {
			ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation(country));
			this.fixtures.published(partner, this.editor, "Facet " + country + " " + word, "Involve the " + word,
					"TELEHEALTH", ConsentScope.PUBLIC);
		}
		String first = this.mvc.perform(get("/cases?q=" + word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(countryLinks(first, word)).hasSize(FacetedSearch.SHOWN_VALUES);
		assertThat(first)
			.contains("href=\"/cases?q=" + word + "&amp;all=country\">Show all values of Country (12)</a>");
		String all = this.mvc.perform(get("/cases?q=" + word + "&all=country"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(countryLinks(all, word)).hasSize(countries.size());
		assertThat(all).contains("href=\"/cases?q=" + word + "\">Show fewer values of Country</a>")
			.doesNotContain("Show all values of Country");
		// the values' names are kept per language: each reader sees their own
		for (String[] name : new String[][] { { "en", "Telemedicine and telehealth" },
				{ "it", "Telemedicina e telesalute" }, { "el", "Τηλεϊατρική και τηλευγεία" },
				{ "en", "Telemedicine and telehealth" } }) {
			this.mvc.perform(get("/cases?q=" + word).param("lang", name[0]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("technology=TELEHEALTH\">" + name[1] + "</a>")));
		}
	}

	/** The page's links that filter the word's search by a country. */
	private static List<String> countryLinks(String page, String word) {
		return java.util.regex.Pattern
			.compile("href=\"/cases\\?q=" + word + "(&amp;all=country)?&amp;country=[A-Z]{2}\"")
			.matcher(page)
			.results()
			.map(java.util.regex.MatchResult::group)
			.toList();
	}

	@Test
	void aPagePastTheEndOfTheLibraryShowsTheLastPageNeverANumberBeyondTheTotal() throws Exception {
		String word = word();
		this.fixtures.published(this.partner, this.editor, "Past the end " + word, "Involve the " + word, "TELEHEALTH",
				ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases").param("q", word).param("page", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Past the end " + word)))
			.andExpect(content().string(not(containsString("Page 100"))));
		// with every published case and the smallest page size there are pages to count
		String page = this.mvc.perform(get("/cases").param("page", "99999"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher position = java.util.regex.Pattern.compile("Page (\\d+) of (\\d+)").matcher(page);
		if (position.find()) {
			assertThat(position.group(1)).isEqualTo(position.group(2));
		}
	}

	@Test
	void myCasesShowsAPublishedCaseUnderRevisionAsPublishedWithANewVersion() throws Exception {
		String title = "Revised " + word();
		Long id = this.fixtures.published(this.partner, this.editor, title, "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.revise(id, this.partner);
		String page = this.mvc.perform(get("/cases/my").with(user(this.partner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = page.substring(page.indexOf(title));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("Published").contains("a new version is being worked on (Draft)");
	}

	@Test
	void theCaseOverviewShowsTranslatedNamesNotRawCodes() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Names " + word(), "x", "TELEHEALTH",
				ConsentScope.ANONYMISED);
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hospital")))
			.andExpect(content().string(containsString("Telemedicine and telehealth")))
			.andExpect(content().string(containsString("Nurse")))
			.andExpect(content().string(containsString("Anonymised: no names, no organisation")))
			.andExpect(content()
				.string(containsString("D6.2 Delivering care through telehealth (Essential): Video consultations")))
			.andExpect(content().string(containsString("Cyprus")))
			.andExpect(content().string(not(containsString(">HOSPITAL<"))))
			.andExpect(content().string(not(containsString("TELEHEALTH<"))))
			.andExpect(content().string(not(containsString("ANONYMISED<"))))
			.andExpect(content().string(not(containsString("D6.2 (3)"))));
		this.mvc.perform(get("/cases/my/" + id).param("lang", "it").with(user(this.partner)))
			.andExpect(content().string(containsString("Ospedale")))
			.andExpect(content().string(containsString("Telemedicina e telesalute")));
		// the editors' review page reads the same way
		this.drafts.submit(id, this.partner);
		this.mvc.perform(get("/cases/review/" + id).with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Telemedicine and telehealth")))
			.andExpect(content().string(containsString("Anonymised: no names, no organisation")))
			.andExpect(content().string(not(containsString("D6.2 (3)"))));
	}

	@Test
	void addARowSavesTheStepAndComesBackWithOneMoreBlankRowWithoutJavaScript() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Rows " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/my/" + id + "/edit/interviews").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"action\" value=\"addRow\"")))
			.andExpect(content().string(containsString("name=\"interviewees[2].role\"")))
			.andExpect(content().string(not(containsString("name=\"interviewees[3].role\""))));
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/interviews").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("interviewees[0].role", "Head nurse")
				.param("interviewees[0].name", "Maria Rossi")
				.param("interviewees[1].role", "Physiotherapist")
				.param("interviewees[1].name", "")
				.param("interviewees[2].role", "Care manager")
				.param("interviewees[2].name", "")
				.param("interviewDate", "2025-04-01")
				.param("interviewer", "Interviewer")
				.param("consentReference", "CF-" + id)
				.param("consentScope", "PUBLIC")
				.param("action", "addRow"))
			.andExpect(redirectedUrl("/cases/my/" + id + "/edit/interviews?rows=4"))
			.andExpect(flash().attribute("success", "cases.draftSaved"));
		this.mvc.perform(get("/cases/my/" + id + "/edit/interviews").param("rows", "4").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Physiotherapist\"")))
			.andExpect(content().string(containsString("value=\"Care manager\"")))
			.andExpect(content().string(containsString("name=\"interviewees[3].role\"")))
			.andExpect(content().string(not(containsString("name=\"interviewees[4].role\""))));
		// a made-up count stops at the bound every form has
		this.mvc.perform(get("/cases/my/" + id + "/edit/interviews").param("rows", "5000").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"interviewees[99].role\"")))
			.andExpect(content().string(not(containsString("name=\"interviewees[100].role\""))))
			.andExpect(content().string(not(containsString("value=\"addRow\""))));
	}

	@Test
	void aPartnerPlacesACaseInAnotherCountryThanTheirOrganisationsUntilSubmission() throws Exception {
		// the new case form offers the organisation's country (Cyprus) as the default
		this.mvc.perform(get("/cases/my/new").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"CY\" selected=\"selected\"")));
		String title = "Cretan case " + word();
		String location = this.mvc
			.perform(post("/cases/my").with(user(this.partner))
				.with(csrf())
				.param("title", title)
				.param("countryCode", "GR")
				.param("technologies", "TELEHEALTH"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[3]);
		assertThat(country(id)).isEqualTo("GR");
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(containsString("Greece")));
		this.mvc.perform(get("/cases/my/" + id + "/edit/basics").with(user(this.partner)))
			.andExpect(content().string(containsString("value=\"GR\" selected=\"selected\"")));

		// a code outside the taxonomy is refused next to the field
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/basics").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", title)
				.param("countryCode", "XX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("countryCode")))
			.andExpect(content().string(containsString("field-errors")));
		assertThat(country(id)).isEqualTo("GR");

		// editable while a draft: moved back to Italy
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/basics").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", title)
				.param("countryCode", "IT"))
			.andExpect(status().is3xxRedirection());
		assertThat(country(id)).isEqualTo("IT");

		// once submitted, the partner can no longer move it
		Long submitted = this.fixtures.completeDraft(this.partner, "Submitted " + word(), "x", "EHR",
				ConsentScope.PUBLIC);
		this.drafts.submit(submitted, this.partner);
		this.mvc
			.perform(post("/cases/my/" + submitted + "/edit/basics").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(this.drafts.load(submitted, this.partner).getVersion()))
				.param("title", "Moved")
				.param("countryCode", "GR"))
			.andExpect(status().is4xxClientError());
		assertThat(country(submitted)).isEqualTo("CY");
	}

	private String country(Long id) {
		return this.jdbc.sql("select country_code from cases.interview_case where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aPublishedCaseStaysPublicWhenItsAddressCarriesAQueryString() throws Exception {
		Long id = this.fixtures.published(this.partner, this.editor, "Tele-rehabilitation at home", "Plan visits",
				"TELEHEALTH", ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/" + id + "?lang=el"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tele-rehabilitation at home")));
	}

	@Test
	void anAnonymisedCaseShowsNeitherOrganisationNorNamesOnItsPage() throws Exception {
		Long id = this.fixtures.published(this.partner, this.editor, "Anonymised " + word(), "x", "EHR",
				ConsentScope.ANONYMISED);
		this.mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.organisation.getName()))))
			.andExpect(content().string(not(containsString("Maria Rossi"))))
			.andExpect(content().string(containsString("Head nurse")));
	}

	@Test
	void aDraftIsNotPublic() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Draft " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/my/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void partnerCannotSeeOrChangeAnotherOrganisationsDraft() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Theirs " + word(), "x", "EHR", ConsentScope.PUBLIC);
		ObservatoryUser other = this.fixtures.partner(this.fixtures.organisation("GR"));
		this.mvc.perform(get("/cases/my/" + id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/my/" + id + "/edit/context").with(user(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/context").with(user(other))
				.with(csrf())
				.param("version", "1")
				.param("problem", "overwritten"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/cases/my/" + id + "/submit").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/my").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Theirs "))));
		assertThat(this.drafts.load(id, this.partner).narrative().problem()).isEqualTo("Patients waited too long");
	}

	@Test
	void partnersCannotOpenTheReviewPagesAndEditorsCannotUseThePartnerForm() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Mine " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/review").with(user(this.partner))).andExpect(status().isForbidden());
		this.mvc.perform(post("/cases/review/" + id + "/publish").with(user(this.partner)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/my/" + id).with(user(this.editor))).andExpect(status().isForbidden());
	}

	@Test
	void aPartnerWritesACaseStepByStepAndSubmitsIt() throws Exception {
		String title = "Tele-rehabilitation " + word();
		String location = this.mvc
			.perform(post("/cases/my").with(user(this.partner))
				.with(csrf())
				.param("title", title)
				.param("summary", "Physiotherapy at home by video")
				.param("technologies", "TELEHEALTH")
				.param("professions", "ALLIED_HEALTH")
				.param("careSetting", "HOME_CARE")
				.param("periodStart", "2024-02-01")
				.param("stage", "SCALING"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/my/*/edit/context"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[3]);
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/context").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("problem", "Long trips to the clinic")
				.param("solution", "Video sessions")
				.param("action", "next"))
			.andExpect(redirectedUrl("/cases/my/" + id + "/edit/outcomes"))
			.andExpect(flash().attribute("success", "cases.draftSaved"));
		version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/outcomes").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("outcomes", "Fewer missed sessions")
				.param("indicators[0].name", "Attendance")
				.param("indicators[0].value", "92")
				.param("indicators[0].unit", "%")
				.param("indicators[1].name", "")
				.param("lessonsLearned", "Test the patient's connection first"))
			.andExpect(redirectedUrl("/cases/my/" + id + "/edit/outcomes"));
		version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/skills").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("skills[0].competenceId", String.valueOf(this.fixtures.competenceId("S1.1")))
				.param("skills[0].importance", "3")
				.param("skills[0].note", "Coaching exercises on screen"))
			.andExpect(status().is3xxRedirection());
		version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/interviews").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("interviewees[0].role", "Physiotherapist")
				.param("consentReference", "CF-77")
				.param("consentScope", "ANONYMISED"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/my/" + id + "/edit/outcomes").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Attendance\"")));
		this.mvc.perform(post("/cases/my/" + id + "/submit").with(user(this.partner)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.submitted"));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Submitted")))
			.andExpect(content().string(containsString("Attendance: 92 %")));
		this.mvc.perform(get("/cases/review").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void aValidationErrorShowsTheStepAgainWithEverythingTyped() throws Exception {
		this.mvc
			.perform(post("/cases/my").with(user(this.partner))
				.with(csrf())
				.param("title", " ")
				.param("summary", "Keep this summary")
				.param("periodStart", "2025-05-01")
				.param("periodEnd", "2024-01-01")
				.param("technologies", "TELEHEALTH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this summary")))
			.andExpect(content().string(containsString("Please fill in this field.")))
			.andExpect(content().string(containsString("The end cannot be before the start.")))
			.andExpect(content().string(containsString("name=\"technologies\" checked=\"checked\"")));
	}

	@Test
	void aStaleEditGets409AndKeepsTheSecondSaversInput() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Shared " + word(), "x", "EHR", ConsentScope.PUBLIC);
		long opened = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/context").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(opened))
				.param("problem", "First saver's problem")
				.param("solution", "First"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/context").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(opened))
				.param("problem", "Second saver's problem")
				.param("solution", "Second"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Second saver&#39;s problem")))
			.andExpect(content().string(containsString("First saver&#39;s problem")))
			.andExpect(content().string(containsString("Someone else saved this case")));
		assertThat(this.drafts.load(id, this.partner).narrative().problem()).isEqualTo("First saver's problem");
	}

	@Test
	void aScriptInEveryTextFieldIsShownAsText() throws Exception {
		String script = "<script>alert('x')</script>";
		String word = word();
		Long id = this.fixtures.published(this.partner, this.editor, script + " title", script + " " + word, "EHR",
				ConsentScope.PUBLIC);
		for (String page : new String[] { "/cases/" + id, "/cases?q=" + word }) {
			this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(script))))
				.andExpect(content().string(containsString("&lt;script&gt;")));
		}
		this.mvc.perform(get("/cases/review/" + id).with(user(this.editor)))
			.andExpect(content().string(not(containsString(script))));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(not(containsString(script))));
	}

	@Test
	void anEditorRequestsChangesAndThePartnerSeesTheCommentOnTheTimeline() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Needs work " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.review.started"));
		this.mvc
			.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
				.with(csrf())
				.param("comment", "Please add the baseline of the admissions indicator"))
			.andExpect(flash().attribute("success", "cases.review.changesRequested"));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(containsString("Changes requested")))
			.andExpect(content().string(containsString("Please add the baseline of the admissions indicator")));
		long audited = this.jdbc
			.sql("select count(*) from core.audit_entry where object_type = 'InterviewCase' and object_id = :id"
					+ " and action = 'case.requestChanges'")
			.param("id", id.toString())
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void anEditorsCommentsOnSingleFieldsShowNextToThoseFieldsForThePartner() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Field comments " + word(), "x", "EHR",
				ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()));
		this.mvc
			.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
				.with(csrf())
				.param("comment", "")
				.param("field.cases.field.problem", "Say how long patients waited before")
				.param("field.cases.field.interviewer", "Name the interviewer's organisation"))
			.andExpect(flash().attribute("success", "cases.review.changesRequested"));
		this.mvc.perform(get("/cases/my/" + id + "/edit/context").with(user(this.partner)))
			.andExpect(content().string(containsString("Editor&#39;s comment: Say how long patients waited before")));
		this.mvc.perform(get("/cases/my/" + id + "/edit/interviews").with(user(this.partner)))
			.andExpect(content().string(containsString("Name the interviewer&#39;s organisation")))
			.andExpect(content().string(not(containsString("Say how long patients waited before"))));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(containsString("Say how long patients waited before")));
		// once resubmitted, the comments of that round are closed
		this.drafts.submit(id, this.partner);
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(not(containsString("Say how long patients waited before"))));
	}

	@Test
	void requestingChangesWithoutAnyCommentIsRefused() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "No comment " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()));
		this.mvc
			.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
				.with(csrf())
				.param("comment", " ")
				.param("field.cases.field.problem", ""))
			.andExpect(flash().attribute("error", "cases.review.commentNeeded"));
		this.mvc
			.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
				.with(csrf())
				.param("field.cases.field.nonsense", "Unknown field"))
			.andExpect(flash().attribute("error", "cases.review.commentNeeded"));
		this.mvc
			.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
				.with(csrf())
				.param("comment", "x".repeat(2001)))
			.andExpect(flash().attribute("error", "cases.review.commentNeeded"));
	}

	@Test
	void anEditorFilesACaseUnderAnotherOrganisationAndCountry() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Relocated " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		Organisation member = this.fixtures.organisation("GR");
		ObservatoryUser memberPartner = this.fixtures.partner(member);
		long version = this.jdbc.sql("select version from cases.interview_case where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/cases/review/" + id + "/organisation").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("organisationId", member.getId().toString())
				.param("countryCode", "GR"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cases/review/" + id + "/organisation").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("organisationId", member.getId().toString())
				.param("countryCode", "GR"))
			.andExpect(flash().attribute("success", "cases.relocate.saved"));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/my/" + id).with(user(memberPartner))).andExpect(status().isOk());
		this.mvc.perform(get("/cases/review/" + id).with(user(this.editor)))
			.andExpect(content().string(containsString(member.getName())));
		// a post missing the organisation is not from the page: 400, not an error page
		this.mvc
			.perform(post("/cases/review/" + id + "/organisation").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("countryCode", "CY"))
			.andExpect(status().isBadRequest());
		// a second editor working from the old page gets 409 and nothing changes
		this.mvc
			.perform(post("/cases/review/" + id + "/organisation").with(user(this.editor))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("organisationId", this.organisation.getId().toString())
				.param("countryCode", "CY"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select country_code from cases.interview_case where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("GR");
	}

	@Test
	void editorsSeeWhatChangedBetweenTwoRevisions() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Revised " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()));
		this.mvc.perform(post("/cases/review/" + id + "/request-changes").with(user(this.editor))
			.with(csrf())
			.param("comment", "More detail"));
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/context").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("problem", "Patients waited eleven weeks")
				.param("solution", "A new digital service"))
			.andExpect(status().is3xxRedirection());
		this.drafts.submit(id, this.partner);
		this.mvc
			.perform(get("/cases/review/" + id + "/diff").param("from", "1").param("to", "2").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Patients waited too long")))
			.andExpect(content().string(containsString("Patients waited eleven weeks")))
			.andExpect(content().string(not(containsString("A short summary of"))));
	}

	@Test
	void anEditorScoresPublishesAndArchivesACase() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Scored " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()));
		var scoring = post("/cases/review/" + id + "/assessment").with(user(this.editor)).with(csrf());
		String[] codes = { "RELEVANCE", "INTERVENTION_CHARACTERISTICS", "EVIDENCE_AND_THEORY", "ETHICAL_ASPECTS",
				"EFFECTIVENESS_AND_EFFICIENCY", "EQUITY", "TRANSFERABILITY", "SUSTAINABILITY",
				"INTERSECTORAL_COLLABORATION", "PARTICIPATION" };
		for (int i = 0; i < codes.length; i++) {
			scoring.param("scores[" + i + "].criterionCode", codes[i])
				.param("scores[" + i + "].score", "2")
				.param("scores[" + i + "].justification", "Documented in the interview");
		}
		this.mvc.perform(scoring).andExpect(flash().attribute("success", "cases.assessment.saved"));
		assertThat(this.jdbc.sql("select detail from core.audit_entry where action = 'case.assess' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).as("the audit log names the label in words").isEqualTo("promising practice");
		this.mvc.perform(post("/cases/review/" + id + "/approve").with(user(this.editor)).with(csrf()));
		this.mvc.perform(post("/cases/review/" + id + "/publish").with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.review.published"));
		this.mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Promising practice")))
			.andExpect(content().string(containsString("Documented in the interview")));
		this.mvc.perform(post("/cases/review/" + id + "/archive").with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.review.archived"));
		this.mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void aPartnerRecordsHowStaffWereTrainedAndReadersSeeItFilterByItAndFollowItToTheLab() throws Exception {
		String word = word();
		Long id = this.fixtures.completeDraft(this.partner, "Trained " + word, "Lessons " + word, "EHR",
				ConsentScope.PUBLIC);
		String form = this.mvc.perform(get("/cases/my/" + id + "/edit/training").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"training[1].method\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// every method, format and provider by its name, never its code
		Map<Enum<?>, String> names = new LinkedHashMap<>();
		Arrays.stream(TrainingMethod.values()).forEach((m) -> names.put(m, m.messageKey()));
		Arrays.stream(TrainingFormat.values()).forEach((f) -> names.put(f, f.messageKey()));
		Arrays.stream(TrainingProvider.values()).forEach((p) -> names.put(p, p.messageKey()));
		names.forEach((value, key) -> assertThat(form)
			.contains(">" + this.messages.getMessage(key, null, Locale.ENGLISH) + "<")
			.doesNotContain(">" + value.name() + "<"));
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/training").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("training[0].method", "FORMAL_COURSE")
				.param("training[0].format", "WORKSHOP")
				.param("training[0].durationHours", "6")
				.param("training[0].deliveredBy", "VENDOR")
				.param("training[0].competenceIds", String.valueOf(this.fixtures.competenceId("D6.2")),
						String.valueOf(this.fixtures.competenceId("S1.1")))
				.param("training[1].method", "CHAMPIONS_NETWORK")
				.param("training[1].format", "PEER_EXCHANGE")
				.param("training[1].deliveredBy", "PEER_CHAMPION")
				.param("training[2].method", "")
				.param("action", "next"))
			.andExpect(redirectedUrl("/cases/my/" + id + "/edit/interviews"))
			.andExpect(flash().attribute("success", "cases.draftSaved"));
		assertThat(this.drafts.load(id, this.partner).getTraining()).hasSize(2);
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(containsString(
					"Formal course before go-live, Synchronous workshop, 6 h," + " Technology vendor: D6.2 S1.1")))
			.andExpect(content().string(not(containsString("FORMAL_COURSE"))));
		this.fixtures.publish(id, this.partner, this.editor);

		this.mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Network of champions or super-users")))
			.andExpect(content().string(containsString("href=\"/lab/catalogue?activityFormat=WORKSHOP\"")))
			.andExpect(content().string(containsString("href=\"/cases?trainingMethod=FORMAL_COURSE\"")))
			.andExpect(content().string(containsString("href=\"/competences/D6.2\"")));
		this.mvc.perform(get("/cases").param("q", word))
			.andExpect(content().string(containsString("Training format")))
			.andExpect(content().string(containsString("trainingFormat=PEER_EXCHANGE")));
		this.mvc.perform(get("/cases").param("q", word).param("trainingFormat", "PEER_EXCHANGE"))
			.andExpect(content().string(containsString("Trained " + word)));
		this.mvc.perform(get("/cases").param("q", word).param("trainingMethod", "COACHING"))
			.andExpect(content().string(not(containsString("Trained " + word))));
		String csv = this.mvc
			.perform(get("/cases/export.csv").param("q", word).param("trainingMethod", "FORMAL_COURSE"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv)
			.contains("training_methods,training_formats,training_delivered_by,training_hours,"
					+ "training_competences,url")
			.contains(",FORMAL_COURSE CHAMPIONS_NETWORK,WORKSHOP PEER_EXCHANGE,VENDOR PEER_CHAMPION,6,D6.2 S1.1,http");
	}

	@Test
	void anIncompleteTrainingRowIsRefusedNextToItsFieldsAndKeepsWhatWasChosen() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Training rows " + word(), "x", "EHR", ConsentScope.PUBLIC);
		long version = this.drafts.load(id, this.partner).getVersion();
		this.mvc
			.perform(post("/cases/my/" + id + "/edit/training").with(user(this.partner))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("training[0].method", "COACHING")
				.param("training[0].durationHours", "0")
				.param("training[0].competenceIds", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose a format.")))
			.andExpect(content().string(containsString("Please choose who delivered the training.")))
			.andExpect(content().string(containsString("<option value=\"COACHING\" selected=\"selected\">")));
		assertThat(this.drafts.load(id, this.partner).getTraining()).isEmpty();
	}

	@Test
	void theFilteredLibraryExportsAsSpreadsheetSafeUtf8Csv() throws Exception {
		String word = word();
		this.fixtures.published(this.partner, this.editor, "=HYPERLINK(\"http://example.org\") " + word,
				"Ελληνικά και italiano: città " + word, "ROBOTICS", ConsentScope.PUBLIC);
		this.fixtures.published(this.partner, this.editor, "Other technology " + word, "x", "EHR", ConsentScope.PUBLIC);
		var response = this.mvc.perform(get("/cases/export.csv").param("q", word).param("technology", "ROBOTICS"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("id,title,summary,organisation")
			.contains("\"'=HYPERLINK(\"\"http://example.org\"\") " + word + "\"")
			.contains("Ελληνικά και italiano: città " + word)
			.doesNotContain("Other technology " + word);
		// links are built from the query string, which MockMvc sets only from the URI
		this.mvc.perform(get("/cases?q=" + word + "&technology=ROBOTICS&page=0"))
			.andExpect(content()
				.string(containsString("href=\"/cases/export.csv?q=" + word + "&amp;technology=ROBOTICS\"")));
	}

	@Test
	void anIncompleteAssessmentIsRefusedNextToTheFields() throws Exception {
		Long id = this.fixtures.completeDraft(this.partner, "Half scored " + word(), "x", "EHR", ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.mvc.perform(post("/cases/review/" + id + "/start").with(user(this.editor)).with(csrf()));
		this.mvc
			.perform(post("/cases/review/" + id + "/assessment").with(user(this.editor))
				.with(csrf())
				.param("scores[0].criterionCode", "RELEVANCE")
				.param("scores[0].score", "3")
				.param("scores[0].justification", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every criterion of the set needs a score.")))
			.andExpect(content().string(containsString("Please fill in this field.")));
	}

}
