package eu.dhso.guidelines.opendata;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * What independent clients found wrong with the open data, each checked the way such a
 * client checks it: a JSON-schema validator, a linter's rules, a strict CSV parser,
 * conditional requests.
 */
@ObservatoryTest
class OpenDataClientTests {

	private static final String DOCUMENT = "https://observatory.test/api/v1/openapi.json";

	private static final List<String> JSON_PAGES = List.of("/api/v1", "/api/v1/cases", "/api/v1/frameworks",
			"/api/v1/role-profiles", "/api/v1/skills-map", "/api/v1/indicators", "/api/v1/reports",
			"/api/v1/indicators/current", "/api/v1/pilot-evaluations", "/api/v1/guidelines", "/api/v1/datasets",
			"/api/v1/guideline-citations", "/api/v1/competences", "/api/v1/competence-levels", "/api/v1/demand-supply",
			"/api/v1/calibration");

	@Autowired
	MockMvc mvc;

	@Autowired
	IndicatorSeries indicators;

	@Autowired
	ObjectMapper json;

	@Autowired
	eu.dhso.guidelines.event.EventCalendar events;

	@Autowired
	eu.dhso.guidelines.report.ReportPublishing reports;

	@Test
	void everyApiResponseValidatesAgainstTheServedOpenApiDocument() throws Exception {
		// values with nulls: no country, no dimension, a suppressed value
		this.indicators.store(LocalDate.of(2026, 3, 31),
				new IndicatorValue("test.nulls-" + UUID.randomUUID(), null, null, BigDecimal.TEN, 10, false),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(LocalDate.of(2026, 3, 31),
				new IndicatorValue("test.hidden-" + UUID.randomUUID(), "CY", null, BigDecimal.ONE, 2, true),
				IndicatorSeries.COMPUTED, null);
		String document = body("/api/v1/openapi.json");
		SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(DOCUMENT, document)));
		List<String> failures = new ArrayList<>();
		for (String path : JSON_PAGES) {
			String pointer = "#/paths/" + path.replace("/", "~1")
					+ "/get/responses/200/content/application~1json/schema";
			Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + pointer));
			String page = body(path + ((path.equals("/api/v1") || path.equals("/api/v1/datasets")) ? "" : "?size=100"));
			List<Error> errors = schema.validate(page, InputFormat.JSON);
			errors.forEach((e) -> failures.add(path + ": " + e));
		}
		String code = this.json.readTree(body("/api/v1/competences")).path("items").get(0).path("code").asString();
		registry
			.getSchema(SchemaLocation.of(DOCUMENT
					+ "#/paths/~1api~1v1~1competences~1{code}/get/responses/200/content/application~1json/schema"))
			.validate(body("/api/v1/competences/" + code), InputFormat.JSON)
			.forEach((e) -> failures.add("/api/v1/competences/" + code + ": " + e));
		Schema problem = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/Problem"));
		failures
			.addAll(problem
				.validate(this.mvc.perform(get("/api/v1/cases").param("size", "0"))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8), InputFormat.JSON)
				.stream()
				.map(Object::toString)
				.toList());
		assertThat(failures).isEmpty();
	}

	@Test
	void theOpenApiDocumentPassesTheRecommendedLintRules() throws Exception {
		JsonNode api = this.json.readTree(body("/api/v1/openapi.json"));
		assertThat(api.path("info").path("title").asString()).isNotEqualTo("OpenAPI definition").isNotBlank();
		assertThat(api.path("info").path("version").asString()).isNotEqualTo("v0");
		assertThat(api.path("info").path("license").path("url").asString()).startsWith("https://");
		assertThat(api.path("info").path("license").path("name").asString()).isNotBlank();
		assertThat(api.path("info").path("contact").path("url").asString()).startsWith("http");
		assertThat(api.path("info").path("description").asString()).isNotBlank();
		assertThat(api.has("security")).as("security declared at the root").isTrue();
		assertThat(api.path("security").size()).as("open data is public: an empty security requirement").isZero();
		assertThat(api.path("servers").get(0).path("url").asString()).doesNotContain("example.com");
		List<String> tags = new ArrayList<>();
		api.path("tags").forEach((tag) -> {
			tags.add(tag.path("name").asString());
			assertThat(tag.path("description").asString()).isNotBlank();
		});
		List<String> operationIds = new ArrayList<>();
		api.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			JsonNode operation = method.getValue();
			String where = method.getKey() + " " + path.getKey();
			assertThat(operation.path("summary").asString()).as(where + " summary").isNotBlank();
			assertThat(operation.path("operationId").asString()).as(where + " operationId").matches("[A-Za-z0-9]+");
			operationIds.add(operation.path("operationId").asString());
			assertThat(operation.path("responses").propertyNames()).as(where + " responses")
				.anyMatch((code) -> code.startsWith("2"))
				.anyMatch((code) -> code.startsWith("4"));
			operation.path("responses")
				.forEach((response) -> assertThat(response.path("content").propertyNames()).as(where + " media types")
					.doesNotContain("*/*"));
			assertThat(operation.path("tags").size()).as(where + " tags").isPositive();
			operation.path("tags").forEach((tag) -> assertThat(tags).contains(tag.asString()));
			assertThat(operation.path("security").size()).as(where + " needs no credentials").isZero();
			operation.path("parameters")
				.forEach((parameter) -> assertThat(parameter.path("description").asString())
					.as(where + " parameter " + parameter.path("name").asString())
					.isNotBlank());
		}));
		assertThat(operationIds).doesNotHaveDuplicates();
		api.path("components").path("schemas").properties().forEach((schema) -> {
			if (schema.getValue().has("properties") && !schema.getKey().equals("Problem")) {
				assertThat(schema.getValue().path("required").size()).as(schema.getKey() + " required fields")
					.isEqualTo(schema.getValue().path("properties").size());
			}
		});
	}

	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		for (String path : List.of("/api/v1/cases?size=0", "/api/v1/cases?page=-1", "/api/v1/cases?size=many",
				"/api/v1/no-such-resource", "/api/v1/methods/no-such-dataset")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isBetween(400, 499);
			assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
			JsonNode problem = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(problem.path("status").asInt()).isEqualTo(response.getStatus());
			assertThat(problem.path("title").asString()).isNotBlank();
		}
		// pages keep their error page (which MockMvc does not render)
		MockHttpServletResponse page = this.mvc.perform(get("/observatory/reports/no-such-report"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(page.getContentType()).isNull();
	}

	@Test
	void anonymousHeadAndOptionsWorkWhereverGetIsPublic() throws Exception {
		for (String path : List.of("/api/v1/cases", "/api/v1/cases.csv", "/events/calendar.ics",
				"/observatory/reports/feed.atom", "/observatory/indicators")) {
			assertThat(this.mvc.perform(head(path)).andReturn().getResponse().getStatus()).as("HEAD " + path)
				.isEqualTo(200);
			MockHttpServletResponse options = this.mvc.perform(options(path)).andReturn().getResponse();
			assertThat(options.getStatus()).as("OPTIONS " + path).isEqualTo(200);
			assertThat(options.getHeader(HttpHeaders.ALLOW)).contains("GET");
		}
		// what needs a sign-in still does
		assertThat(this.mvc.perform(head("/observatory/manage/indicators")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	@Test
	void openDataCsvIsStrictRfc4180WithItsMethodInALinkedNote() throws Exception {
		this.indicators.store(LocalDate.of(2026, 2, 28),
				new IndicatorValue("test.csv-" + UUID.randomUUID(), "IT", null, new BigDecimal("12.50"), 12, false),
				IndicatorSeries.COMPUTED, null);
		for (String dataset : List.of("cases", "skills-map", "indicators")) {
			MockHttpServletResponse response = this.mvc.perform(get("/api/v1/" + dataset + ".csv"))
				.andReturn()
				.getResponse();
			String csv = response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
			assertThat(csv).doesNotStartWith("#");
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.get()
				.parse(new StringReader(csv))
				.getRecords();
			records.forEach((r) -> assertThat(r.isConsistent()).isTrue());
			String link = response.getHeader(HttpHeaders.LINK);
			assertThat(link).contains("rel=\"describedby\"");
			String note = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			assertThat(note).startsWith("http").endsWith("/api/v1/methods/" + dataset);
			assertThat(body(note.substring(note.indexOf("/api/")))).contains("Method:").contains("CC BY 4.0");
		}
		// how staff were trained, as the JSON's training items say it; hours stay a
		// number
		String cases = body("/api/v1/cases.csv").replace("\uFEFF", "");
		assertThat(cases.lines().findFirst().orElseThrow()).contains(
				"practice_label,published_at,training_methods,training_formats,training_delivered_by,training_hours,"
						+ "training_competences,url");
		String skills = body("/api/v1/skills-map.csv");
		assertThat(skills).doesNotContain("suppressed (").doesNotContainPattern("\"-?\\d");
		assertThat(skills).contains(",,,,true");
		assertThat(body("/api/v1/indicators.csv")).containsPattern("test\\.csv-[^,]+,2026-02-28,IT,,12\\.5,false,");
	}

	@Test
	void openDataCarriesETagsAndAnswersNotModified() throws Exception {
		for (String path : List.of("/api/v1/cases", "/api/v1/skills-map.csv", "/events/calendar.ics",
				"/observatory/reports/feed.atom")) {
			MockHttpServletResponse first = this.mvc.perform(get(path)).andReturn().getResponse();
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotBlank();
			assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path)
				.contains("public")
				.doesNotContain("no-store");
			assertThat(this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(304);
		}
		// private pages stay unvalidated and unstored
		MockHttpServletResponse login = this.mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(login.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(login.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void filtersNarrowEveryListAndRefuseWhatTheTaxonomyDoesNotKnow() throws Exception {
		this.indicators.store(LocalDate.of(2025, 6, 30),
				new IndicatorValue("test.filter-" + UUID.randomUUID(), "MT", null, BigDecimal.ONE, 1, false),
				IndicatorSeries.COMPUTED, null);
		JsonNode malta = this.json
			.readTree(body("/api/v1/indicators?country=MT&from=2025-06-01&to=2025-06-30&size=100"));
		assertThat(malta.path("items").size()).isPositive();
		malta.path("items").forEach((i) -> {
			assertThat(i.path("countryCode").asString()).isEqualTo("MT");
			assertThat(i.path("periodEnd").asString()).isEqualTo("2025-06-30");
		});
		JsonNode all = this.json.readTree(body("/api/v1/indicators/current?country=ALL&phase=GOVERNANCE&size=100"));
		all.path("items").forEach((i) -> {
			assertThat(i.path("countryCode").isNull()).isTrue();
			assertThat(i.path("phase").asString()).isEqualTo("GOVERNANCE");
		});
		JsonNode nurses = this.json.readTree(body("/api/v1/role-profiles?profession=NURSE"));
		nurses.path("items").forEach((i) -> assertThat(i.path("profession").asString()).isEqualTo("NURSE"));
		JsonNode map = this.json.readTree(body("/api/v1/skills-map?country=CY&profession=NURSE&size=100"));
		map.path("items").forEach((i) -> assertThat(i.path("profession").asString()).isEqualTo("NURSE"));
		for (String refused : List.of("/api/v1/cases?country=XX", "/api/v1/skills-map?profession=WIZARD",
				"/api/v1/indicators?from=yesterday", "/api/v1/indicators/current?phase=DREAMING",
				"/api/v1/skills-map?period=1999", "/api/v1/skills-map.csv?frameworkVersion=ZZ9",
				"/api/v1/role-profiles?frameworkVersion=ZZ9", "/api/v1/demand-supply?careSetting=SPACESHIP",
				"/api/v1/demand-supply.csv?area=ZZ9", "/api/v1/calibration?period=1999-Q9",
				"/api/v1/competence-levels?country=XX", "/api/v1/competences/S1.1?profession=WIZARD",
				"/api/v1/guideline-citations?kind=RUMOUR")) {
			MockHttpServletResponse response = this.mvc.perform(get(refused)).andReturn().getResponse();
			assertThat(response.getStatus()).as(refused).isEqualTo(400);
			assertThat(response.getContentType()).as(refused).startsWith("application/problem+json");
			String sent = refused.substring(refused.indexOf('=') + 1);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(refused + " never echoed")
				.doesNotContain(sent);
		}
		// last year is always a released period
		String period = String.valueOf(LocalDate.now().getYear() - 1);
		JsonNode year = this.json.readTree(body("/api/v1/demand-supply?period=" + period + "&country=IT&size=1"));
		assertThat(year.path("items").size()).isOne();
		assertThat(year.path("next").asString()).contains("period=" + period).contains("country=IT");
	}

	@Test
	void theJsonTheCsvAndThePageShowTheSameCurrentValues() throws Exception {
		JsonNode items = this.json.readTree(body("/api/v1/indicators/current?country=ALL&code=guidelines.published"))
			.path("items");
		assertThat(items.size()).isOne();
		String value = items.get(0).path("value").asString();
		assertThat(body("/api/v1/indicators/current.csv?country=ALL"))
			.contains("guidelines.published,GOVERNANCE,,," + value + ",false,");
		String page = body("/observatory/indicators");
		String table = page.substring(page.indexOf("data-current=\"guidelines.published\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table).contains("<td>" + value + "</td>");
		// the skills map: each released cell of the JSON is the same row of the CSV
		JsonNode cells = this.json.readTree(body("/api/v1/skills-map?size=100")).path("items");
		String csv = body("/api/v1/skills-map.csv");
		cells.forEach((c) -> assertThat(csv).contains(String.join(",", c.path("profession").asString(),
				c.path("area").asString(), text(c.path("respondents")), decimal(c.path("meanLevel")),
				decimal(c.path("meanGap")), c.path("suppressed").asString())));
	}

	@Test
	void everyDatasetHasAVersionChecksumAndAMethodNote() throws Exception {
		JsonNode datasets = this.json.readTree(body("/api/v1/datasets")).path("items");
		assertThat(datasets.size()).isEqualTo(10);
		for (JsonNode dataset : datasets) {
			String csvPath = dataset.path("csv").asString();
			MockHttpServletResponse response = this.mvc.perform(get(csvPath.substring(csvPath.indexOf("/api/"))))
				.andReturn()
				.getResponse();
			byte[] csv = response.getContentAsByteArray();
			assertThat(dataset.path("version").asString()).as(dataset.path("name").asString())
				.isEqualTo("sha256:" + java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(csv)));
			assertThat(response.getHeader(HttpHeaders.ETAG)).as("the ETag is the version")
				.isEqualTo("\"" + dataset.path("version").asString() + "\"");
			String method = dataset.path("method").asString();
			assertThat(body(method.substring(method.indexOf("/api/")))).contains("Method:");
		}
	}

	@Test
	void calendarsStampTheLastChangeAndTheFeedSizesItsEnclosures() throws Exception {
		String slug = "stamp-" + UUID.randomUUID().toString().substring(0, 8);
		java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(40));
		this.events.create(new eu.dhso.guidelines.event.Event.NewEvent(slug, "Stamped",
				eu.dhso.guidelines.event.EventKind.WORKSHOP, "CY", start, start.plus(java.time.Duration.ofHours(2)),
				"Nicosia", null, null, 10), "test");
		String ics = body("/events/" + slug + "/ics");
		String stamp = ics.substring(ics.indexOf("DTSTAMP:") + 8, ics.indexOf("DTSTAMP:") + 24);
		String begins = ics.substring(ics.indexOf("DTSTART:") + 8, ics.indexOf("DTSTART:") + 24);
		assertThat(stamp).isNotEqualTo(begins);
		assertThat(stamp.compareTo(begins)).as("the stamp is the last change, not the future start").isNegative();
		assertThat(ics).contains("LAST-MODIFIED:" + stamp);

		String report = "sized-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.reports.create(report, new eu.dhso.guidelines.report.ReportDocument("Sized", "Summary", "Body"),
				"test");
		this.reports.publish(id, "test");
		String feed = body("/observatory/reports/feed.atom");
		String entry = feed.substring(feed.indexOf("/observatory/reports/" + report + "</id>"));
		String enclosure = entry.substring(entry.indexOf("rel=\"enclosure\""));
		enclosure = enclosure.substring(0, enclosure.indexOf("/>"));
		assertThat(enclosure).contains("type=\"application/pdf\"");
		byte[] pdf = this.mvc.perform(get("/observatory/reports/" + report + "/pdf").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(enclosure).contains("length=\"" + pdf.length + "\"");
	}

	/** Two decimals, as the CSV writes them (a JSON reader may drop a trailing zero). */
	private static String decimal(JsonNode node) {
		return node.isNull() ? "" : node.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String text(JsonNode node) {
		return node.isNull() ? "" : node.asString();
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
