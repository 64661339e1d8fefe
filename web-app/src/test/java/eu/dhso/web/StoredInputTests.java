package eu.dhso.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.Indicator;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Text people store comes back harmless: scripts as text in every module (OWASP ASVS
 * V1.2.1, V1.3.1), Markdown sanitised, links only to http(s); and every CSV export
 * neutralises cells a spreadsheet would run as a formula (V1.2.10) while numbers stay
 * numbers. The plain-text fields of registration and the case form are covered in
 * {@link SecurityHardeningTests}.
 */
@ObservatoryTest
class StoredInputTests {

	static final String SCRIPT = "<script>alert('dhso')</script>";

	static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	static final String MARKDOWN = """
			Opening text %s and %s.

			<iframe src="https://evil.example"></iframe> <a href="javascript:alert(1)">raw link</a>

			## A section

			[a link](javascript:alert(1)) and [another](https://example.org) ![img](x" onerror="alert(1))
			""".formatted(SCRIPT, IMAGE);

	/** Cells a spreadsheet would run: they must come out as text. */
	static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example\",\"open\")", "+SUM(1,2)",
			"-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1+2", "\r=1+2");

	static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** Every CSV the application exports; a new one needs a place in the test below. */
	static final Set<String> CSV_EXPORTS = Set.of("GET /cases/export.csv", "GET /api/v1/cases.csv",
			"GET /api/v1/indicators.csv", "GET /api/v1/skills-map.csv", "GET /skills/map.csv",
			"GET /api/v1/indicators/current.csv", "GET /api/v1/pilot-evaluations.csv", "GET /api/v1/guidelines.csv",
			"GET /observatory/demand-supply.csv", "GET /skills/map/calibration.csv",
			"GET /api/v1/competence-levels.csv", "GET /api/v1/demand-supply.csv", "GET /api/v1/calibration.csv",
			"GET /api/v1/guideline-citations.csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	CaseReview review;

	@Autowired
	CompetenceIndex competences;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aScriptInAPublishedCaseIsTextOnItsPageAndInTheLibrarysSnippets() throws Exception {
		String word = "zebrafish" + this.run.replaceAll("\\d", "");
		long id = publishedCase("Telemonitoring " + SCRIPT, "Patients " + word + " waited " + SCRIPT + " " + IMAGE,
				"Lessons " + IMAGE);
		assertHarmless(get("/cases/" + id), "Telemonitoring &lt;script&gt;");
		assertHarmless(get("/cases").param("q", word), "&lt;script&gt;");
		assertThat(body(get("/cases").param("q", word))).contains("<mark>");
	}

	@Test
	void aScriptInAFrameworkDraftIsTextForTheAdministrator() throws Exception {
		Long source = this.framework.latestPublished().orElseThrow().id();
		MockHttpServletResponse copied = this.mvc
			.perform(post("/skills/admin/framework/copy").with(csrf())
				.with(demo("admin"))
				.param("source", String.valueOf(source))
				.param("label", "xss-" + this.run)
				.param("title", "Copy " + SCRIPT))
			.andReturn()
			.getResponse();
		assertThat(copied.getRedirectedUrl()).as("draft copied").startsWith("/skills/admin/framework/");
		String version = copied.getRedirectedUrl();
		MockHttpServletResponse area = this.mvc
			.perform(post(version + "/areas/new").with(csrf())
				.with(demo("admin"))
				.param("code", "X9")
				.param("kind", "SOFT")
				.param("title", "Area " + SCRIPT)
				.param("description", "Described " + IMAGE)
				.param("sortOrder", "99"))
			.andReturn()
			.getResponse();
		assertThat(area.getRedirectedUrl()).as("area saved").isEqualTo(version);
		assertHarmless(get(version).with(demo("admin")), "Area &lt;script&gt;");
		assertHarmless(get("/skills/admin/framework").with(demo("admin")), "Copy &lt;script&gt;");
	}

	@Test
	void aScriptInALearningLabSchemeOrResourceIsText() throws Exception {
		MockHttpServletResponse scheme = this.mvc
			.perform(post("/lab/manage/schemes").with(csrf())
				.with(demo("trainer"))
				.param("title", "Scheme " + SCRIPT)
				.param("aims", "Aims " + IMAGE)
				.param("language", "en"))
			.andReturn()
			.getResponse();
		assertThat(scheme.getRedirectedUrl()).as("scheme created").startsWith("/lab/manage/schemes/");
		assertHarmless(get(scheme.getRedirectedUrl()).with(demo("trainer")), "Scheme &lt;script&gt;");

		String title = "Resource " + this.run + " " + SCRIPT;
		MockHttpServletResponse resource = this.mvc
			.perform(multipart("/lab/manage/resources").with(csrf())
				.with(demo("trainer"))
				.param("title", title)
				.param("description", "Description " + IMAGE)
				.param("kind", "LINK")
				.param("language", "en")
				.param("licence", "CC BY 4.0")
				.param("externalUrl", "https://example.org/" + this.run))
			.andReturn()
			.getResponse();
		assertThat(resource.getRedirectedUrl()).as("resource created").startsWith("/lab/resources/");
		assertHarmless(get(resource.getRedirectedUrl()), "Resource " + this.run + " &lt;script&gt;");
		assertHarmless(get("/lab/catalogue").param("q", "Resource " + this.run), "&lt;script&gt;");

		MockHttpServletResponse scriptLink = this.mvc
			.perform(multipart("/lab/manage/resources").with(csrf())
				.with(demo("trainer"))
				.header("Referer", "http://localhost/lab/manage/resources")
				.param("title", "Script link " + this.run)
				.param("description", "A link that runs")
				.param("kind", "LINK")
				.param("language", "en")
				.param("licence", "CC BY 4.0")
				.param("externalUrl", "javascript:alert(1)"))
			.andReturn()
			.getResponse();
		assertThat(scriptLink.getRedirectedUrl()).as("a javascript: link is refused")
			.isEqualTo("/lab/manage/resources");
	}

	@Test
	void markdownInAGuidelineIsSanitisedAndAScriptInOtherGuidelinesTextIsText() throws Exception {
		String slug = "xss-" + this.run;
		MockHttpServletResponse created = this.mvc
			.perform(post("/guidelines/manage/new").with(csrf())
				.with(demo("editor"))
				.param("slug", slug)
				.param("title", "Guideline " + SCRIPT)
				.param("audience", "POLICY_MAKERS")
				.param("summary", MARKDOWN)
				.param("body", MARKDOWN)
				.param("recommendations", ""))
			.andReturn()
			.getResponse();
		assertThat(created.getRedirectedUrl()).as("guideline saved").isEqualTo("/guidelines/manage/" + slug);
		assertHarmless(get("/guidelines/manage/" + slug).with(demo("editor")), "Guideline &lt;script&gt;");
		this.mvc.perform(post("/guidelines/manage/" + slug + "/consultation").with(csrf())
			.with(demo("editor"))
			.param("open", "true"));
		assertHarmless(get("/guidelines/" + slug + "/consultation").with(demo("partner")), "a link");
		this.mvc.perform(post("/guidelines/" + slug + "/consultation").with(csrf())
			.with(demo("partner"))
			.param("section", "1")
			.param("body", "Comment " + SCRIPT));
		assertHarmless(get("/guidelines/manage/" + slug).with(demo("editor")), "Comment &lt;script&gt;");

		String eventSlug = "xss-event-" + this.run;
		this.mvc.perform(post("/events/manage").with(csrf())
			.with(demo("admin"))
			.param("slug", eventSlug)
			.param("title", "Event " + SCRIPT)
			.param("kind", "WORKSHOP")
			.param("startsAt", LocalDate.now().plusDays(30) + "T09:00")
			.param("endsAt", LocalDate.now().plusDays(30) + "T12:00")
			.param("place", "Place " + IMAGE)
			.param("agenda", MARKDOWN)
			.param("capacity", "20"));
		assertHarmless(get("/events/" + eventSlug), "Event &lt;script&gt;");

		String name = "Applicant " + this.run + " " + SCRIPT;
		MockHttpServletResponse applied = this.mvc
			.perform(post("/network/apply").with(csrf())
				.param("name", name)
				.param("type", "HOSPITAL")
				.param("sector", "PUBLIC")
				.param("countryCode", "LT")
				.param("website", "https://example.org")
				.param("description", "Description " + IMAGE)
				.param("contactName", "Contact " + SCRIPT)
				.param("contactEmail", "contact-" + this.run + "@example.org")
				.param("charterSignatory", "Signatory " + IMAGE)
				.param("charterAccepted", "true"))
			.andReturn()
			.getResponse();
		assertThat(applied.getRedirectedUrl()).as("application sent").isEqualTo("/network");
		assertHarmless(get("/network/manage").with(demo("admin")), "Applicant " + this.run + " &lt;script&gt;");
		String website = body(post("/network/apply").with(csrf())
			.param("name", "Script website " + this.run)
			.param("type", "HOSPITAL")
			.param("sector", "PUBLIC")
			.param("countryCode", "LT")
			.param("website", "javascript:alert(1)")
			.param("description", "x")
			.param("contactName", "x")
			.param("contactEmail", "x-" + this.run + "@example.org")
			.param("charterSignatory", "x")
			.param("charterAccepted", "true"));
		assertThat(website).as("a javascript: website is refused").contains("role=\"alert\"");
	}

	@Test
	void everyCsvExportIsChecked() {
		Set<String> csv = new TreeSet<>();
		for (String endpoint : MappedEndpoints.of(this.handlerMapping)) {
			if (endpoint.startsWith("GET ") && endpoint.endsWith(".csv")) {
				csv.add(endpoint);
			}
		}
		assertThat(csv).as("CSV exports (add a new one to CSV_EXPORTS and to the formula check)")
			.containsExactlyInAnyOrderElementsOf(CSV_EXPORTS);
	}

	@Test
	void everyCsvExportNeutralisesFormulasAndKeepsNumbers() throws Exception {
		String title = FORMULAS.get(0) + " " + this.run;
		publishedCase(title, FORMULAS.get(1), FORMULAS.get(3));
		String code = "security-suite-" + this.run;
		var policy = this.mvc
			.perform(post("/observatory/manage/indicators/policy").with(csrf())
				.with(demo("admin"))
				.param("code", code)
				.param("country", "LT")
				.param("periodEnd", "2025-12-31")
				.param("value", "-1.5")
				.param("source", FORMULAS.get(2)))
			.andReturn();
		assertThat(policy.getFlashMap().get("error")).as("policy indicator saved").isNull();

		List<String> problems = new ArrayList<>();
		for (String export : CSV_EXPORTS) {
			String path = export.substring(4);
			MockHttpServletResponse response = this.mvc.perform(get(path).with(demo("admin")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			List<String> cells = cells(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(cells).as("%s has rows", path).hasSizeGreaterThan(6);
			for (String cell : cells) {
				if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
					problems.add("%s: a spreadsheet would run %s".formatted(path, cell));
				}
				if (cell.startsWith("'") && NUMBER.matcher(cell.substring(1)).matches()) {
					problems.add("%s: the number %s became text".formatted(path, cell));
				}
			}
			if (path.contains("cases")) {
				assertThat(cells).as(path).contains("'" + title);
			}
			if (path.contains("indicators")) {
				assertThat(cells).as(path).contains("'" + FORMULAS.get(2), "-1.5");
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Every cell of a CSV export, its header and comment lines left out. */
	private static List<String> cells(String csv) throws IOException {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		List<String> cells = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord record : parser) {
				record.forEach(cells::add);
			}
		}
		return cells;
	}

	/** A complete case taken through review and published, with the texts given. */
	private long publishedCase(String title, String problem, String lessons) {
		ObservatoryUser partner = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("partner").orElseThrow());
		ObservatoryUser editor = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("editor").orElseThrow());
		Clock clock = Clock.systemUTC();
		Long id = this.drafts.start(partner, title,
				(c) -> c.describeBasics(title, FORMULAS.get(4) + " summary " + SCRIPT, "HOSPITAL",
						new ImplementationPeriod(LocalDate.of(2023, 3, 1), null), ImplementationStage.PILOT,
						List.of("TELEHEALTH"), List.of("NURSE"), clock))
			.getId();
		Long competence = this.competences.all()
			.stream()
			.filter((c) -> c.code().equals("D6.2"))
			.findFirst()
			.orElseThrow()
			.id();
		this.drafts.edit(id, partner, this.drafts.load(id, partner).getVersion(), (c) -> {
			c.describeContext(problem, FORMULAS.get(5) + " solution", clock);
			c.describeOutcomes("Fewer admissions", "Old hardware", "Committed nurses", lessons,
					List.of(new Indicator("Admissions", "12", "%", "18", "Hospital statistics")), clock);
			c.listSkills(List.of(new SkillNeed(competence, 3, "Video consultations")), clock);
			c.recordInterview(new Interview(LocalDate.of(2025, 4, 1), "Interviewer", "CF-" + id, ConsentScope.PUBLIC),
					List.of(new Interviewee("Head nurse", "Maria Rossi")), clock);
		});
		this.drafts.submit(id, partner);
		this.review.startReview(id, editor);
		this.review.assess(id, editor,
				this.review.criteria().stream().map((c) -> new CriterionScore(c.getCode(), 3, "Strong")).toList());
		this.review.approve(id, editor);
		this.review.publish(id, editor);
		return id;
	}

	/** The page is served, shows the escaped text, and carries no active markup. */
	private void assertHarmless(RequestBuilder request, String escaped) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page).contains(escaped);
		assertThat(activeMarkup(page)).isEmpty();
	}

	/**
	 * Elements of a page that would run something: scripts with inline code, frames,
	 * event-handler attributes, {@code javascript:} addresses.
	 */
	static List<String> activeMarkup(String page) {
		List<String> active = new ArrayList<>();
		for (Element element : Jsoup.parse(page).getAllElements()) {
			if (element.tagName().equals("script") && !element.data().isBlank()) {
				active.add(element.outerHtml());
			}
			if (List.of("iframe", "object", "embed", "frame").contains(element.tagName())) {
				active.add(element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
				if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")
						|| value.startsWith("data:text/html")) {
					active.add(element.outerHtml());
				}
			}
		}
		return active;
	}

	private String body(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
