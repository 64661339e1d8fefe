package eu.dhso.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.taxonomy.Taxonomy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open data says what the pages say: the same figures in JSON, in CSV and on the page,
 * and the same groups suppressed in all three, on the demo data.
 */
@ObservatoryTest
class OpenDataAgreementTests {

	/** The page prints one decimal where open data gives two. */
	private static final double ONE_DECIMAL = 0.0501;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	eu.dhso.lab.cohort.CohortViews cohorts;

	@Test
	void theSkillsMapIsTheSameInJsonCsvAndOnThePage() throws Exception {
		for (String country : List.of("", "IT")) {
			String query = country.isEmpty() ? "" : "?country=" + country;
			List<JsonNode> items = items("/api/v1/skills-map" + query);
			List<CSVRecord> csv = csv("/api/v1/skills-map.csv" + query);
			assertThat(csv).hasSameSizeAs(items).isNotEmpty();
			Document page = Jsoup.parse(body("/skills/map/public" + query));
			List<String> professions = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
			int shown = 0;
			for (int i = 0; i < items.size(); i++) {
				JsonNode item = items.get(i);
				CSVRecord row = csv.get(i);
				assertThat(row.get("profession")).isEqualTo(item.path("profession").asString());
				assertThat(row.get("area")).isEqualTo(item.path("area").asString());
				assertThat(row.get("suppressed")).isEqualTo(item.path("suppressed").asString());
				assertThat(row.get("respondents")).isEqualTo(text(item.path("respondents")));
				Element areaRow = page.select("table.heatmap tbody tr")
					.stream()
					.filter((tr) -> tr.select("th .code").text().equals(item.path("area").asString()))
					.findFirst()
					.orElseThrow();
				Element cell = areaRow.select("td").get(professions.indexOf(item.path("profession").asString()));
				if (item.path("suppressed").asBoolean()) {
					assertThat(row.get("mean_level")).isEmpty();
					assertThat(cell.hasClass("suppressed")).as(item.toString()).isTrue();
				}
				else {
					shown++;
					assertThat(Double.parseDouble(row.get("mean_level"))).isEqualTo(item.path("meanLevel").asDouble());
					assertThat(Double.parseDouble(cell.select(".mean").text())).as(item.toString())
						.isCloseTo(item.path("meanLevel").asDouble(), within(ONE_DECIMAL));
					assertThat(cell.select(".respondents").text()).contains(item.path("respondents").asString());
				}
			}
			assertThat(shown).isPositive();
		}
	}

	@Test
	void demandAndSupplyAreTheSameInJsonCsvAndOnThePage() throws Exception {
		for (String query : List.of("", "?area=S1", "?country=IT")) {
			List<JsonNode> items = items("/api/v1/demand-supply" + query);
			List<CSVRecord> csv = csv("/api/v1/demand-supply.csv" + query);
			assertThat(csv).hasSameSizeAs(items).isNotEmpty();
			Document page = Jsoup.parse(body("/observatory/demand-supply" + query));
			for (int i = 0; i < items.size(); i++) {
				JsonNode item = items.get(i);
				CSVRecord row = csv.get(i);
				String key = item.path("profession").asString() + "/" + item.path("column").asString();
				assertThat(row.get("profession") + "/" + row.get("column")).isEqualTo(key);
				Element cell = page.selectFirst("td[data-cell=" + key + "]");
				assertThat(cell).as(key).isNotNull();
				for (String figure : List.of("demand", "supply", "gap")) {
					assertThat(row.get(figure)).as(key + " " + figure).isEqualTo(decimal(item.path(figure)));
				}
				assertThat(cell.select(".demand").text()).isEqualTo("D " + dash(row.get("demand")));
				assertThat(cell.select(".gap").text()).isEqualTo("G " + dash(row.get("gap")));
				assertThat(cell.select(".supply").text())
					.isEqualTo(item.path("suppressed").asBoolean() ? "S: fewer than 5" : "S " + row.get("supply"));
			}
		}
	}

	@Test
	void indicatorsTheCalibrationIndexAndACompetenceTrailAreTheSameInJsonCsvAndOnThePage() throws Exception {
		// indicators of all countries together, as the indicators page lists them
		List<JsonNode> current = items("/api/v1/indicators/current?country=ALL");
		String csv = body("/api/v1/indicators/current.csv?country=ALL");
		String indicators = body("/observatory/indicators");
		int compared = 0;
		for (JsonNode item : current) {
			if (!item.path("dimension").isNull() || item.path("value").isNull()) {
				continue;
			}
			String code = item.path("code").asString();
			String value = item.path("value").asString();
			assertThat(csv).contains(code + "," + item.path("phase").asString() + ",,," + value + ",false,");
			int start = indicators.indexOf("data-current=\"" + code + "\"");
			assertThat(start).as(code).isNotNegative();
			assertThat(indicators.substring(start, indicators.indexOf("</table>", start)))
				.contains("<td>" + value + "</td>");
			compared++;
		}
		assertThat(compared).isPositive();

		// the calibration index of the public skills map
		List<JsonNode> calibration = items("/api/v1/calibration");
		List<CSVRecord> calibrationCsv = csv("/api/v1/calibration.csv");
		Document map = Jsoup.parse(body("/skills/map/public"));
		assertThat(calibrationCsv).hasSameSizeAs(calibration).isNotEmpty();
		for (int i = 0; i < calibration.size(); i++) {
			JsonNode item = calibration.get(i);
			String key = item.path("profession").asString() + "/" + item.path("area").asString();
			String csvIndex = calibrationCsv.get(i).get("calibration_index");
			if (item.path("index").isNull()) {
				assertThat(csvIndex).as(key).isEmpty();
			}
			else {
				assertThat(Double.parseDouble(csvIndex)).as(key).isEqualTo(item.path("index").asDouble());
			}
			Element cell = map.selectFirst("[data-testid=calibration-table] td[data-cell=" + key + "]");
			assertThat(cell).as(key).isNotNull();
			if (!item.path("suppressed").asBoolean()) {
				assertThat(Double.parseDouble(cell.text())).as(key).isEqualTo(item.path("index").asDouble());
			}
			else {
				assertThat(cell.text()).as(key).contains("5");
			}
		}

		// a competence's trail, and its rows in the dataset of every competence
		JsonNode trail = this.json.readTree(body("/api/v1/competences/S1.1"));
		Document trailPage = Jsoup.parse(body("/competences/S1.1"));
		List<JsonNode> levels = items("/api/v1/competence-levels");
		int rows = 0;
		for (JsonNode level : trail.path("levels")) {
			assertThat(levels).as("the dataset has the trail's row").contains(level);
			String profession = level.path("profession").asString();
			Element row = level.path("countryCode").isNull()
					? trailPage.selectFirst("tr[data-profession=" + profession + "]") : trailPage
						.selectFirst("tr[data-group=" + profession + "/" + level.path("countryCode").asString() + "]");
			assertThat(row).as(level.toString()).isNotNull();
			List<String> cells = row.select("td").eachText();
			if (level.path("countryCode").isNull()) {
				assertThat(cells.get(0))
					.isEqualTo(level.path("expectedLevel").isNull() ? "–" : level.path("expectedLevel").asString());
				if (!level.path("suppressed").asBoolean()) {
					assertThat(Double.parseDouble(cells.get(1))).isEqualTo(level.path("medianLevel").asDouble());
					if (!level.path("gap").isNull()) {
						assertThat(Double.parseDouble(cells.get(2))).isCloseTo(level.path("gap").asDouble(),
								within(ONE_DECIMAL));
					}
				}
			}
			else if (level.path("suppressed").asBoolean()) {
				assertThat(row.select("td.suppressed")).hasSize(1);
			}
			else {
				assertThat(Double.parseDouble(cells.get(1))).isEqualTo(level.path("meanLevel").asDouble());
				assertThat(Double.parseDouble(cells.get(2))).isEqualTo(level.path("medianLevel").asDouble());
				assertThat(Double.parseDouble(cells.get(3))).isEqualTo(level.path("calibration").asDouble());
			}
			rows++;
		}
		assertThat(rows).isPositive();
		assertThat(trail.path("cases").size()).isEqualTo(trailPage.select("ul.trail-cases li").size());
	}

	/**
	 * Three nurses in France, a group under the minimum size, are suppressed in every
	 * dataset, in its CSV and on its page alike.
	 */
	@Test
	@Transactional
	void aGroupUnderFiveIsSuppressedInJsonCsvAndOnThePageAlike() throws Exception {
		SmallGroupData.threeNursesInFrance(this.jdbc,
				Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant()));
		String small = "country=FR&profession=NURSE";

		List<JsonNode> map = items("/api/v1/skills-map?" + small);
		assertThat(map).isNotEmpty().allMatch((i) -> i.path("suppressed").asBoolean() && i.path("meanLevel").isNull());
		assertThat(csv("/api/v1/skills-map.csv?" + small))
			.allMatch((r) -> r.get("suppressed").equals("true") && r.get("mean_level").isEmpty());
		Document mapPage = Jsoup.parse(body("/skills/map/public?country=FR"));
		int nurse = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList().indexOf("NURSE");
		for (Element row : mapPage.select("table.heatmap tbody tr")) {
			assertThat(row.select("td").get(nurse).hasClass("suppressed")).isTrue();
		}

		List<JsonNode> grid = items("/api/v1/demand-supply?" + small);
		assertThat(grid).isNotEmpty().allMatch((i) -> i.path("suppressed").asBoolean() && i.path("supply").isNull());
		assertThat(csv("/api/v1/demand-supply.csv?" + small))
			.allMatch((r) -> r.get("suppressed").equals("true") && r.get("supply").isEmpty());
		Document gridPage = Jsoup.parse(body("/observatory/demand-supply?country=FR"));
		for (JsonNode item : grid) {
			assertThat(gridPage.select("td[data-cell=NURSE/" + item.path("column").asString() + "] .supply").text())
				.isEqualTo("S: fewer than 5");
		}

		List<JsonNode> calibration = items("/api/v1/calibration?" + small);
		assertThat(calibration).isNotEmpty()
			.allMatch((i) -> i.path("suppressed").asBoolean() && i.path("index").isNull());
		assertThat(csv("/api/v1/calibration.csv?" + small)).allMatch((r) -> r.get("calibration_index").isEmpty());
		Document calibrationPage = Jsoup.parse(body("/skills/map/public?country=FR"));
		for (JsonNode item : calibration) {
			assertThat(calibrationPage
				.selectFirst("[data-testid=calibration-table] td[data-cell=NURSE/" + item.path("area").asString() + "]")
				.text()).doesNotMatch("-?\\d\\.\\d+");
		}

		List<JsonNode> levels = items("/api/v1/competence-levels?" + small);
		assertThat(levels).isNotEmpty()
			.allMatch((i) -> i.path("suppressed").asBoolean() && i.path("medianLevel").isNull());
		assertThat(csv("/api/v1/competence-levels.csv?" + small))
			.allMatch((r) -> r.get("suppressed").equals("true") && r.get("median_level").isEmpty());
		assertThat(Jsoup.parse(body("/competences/S1.1")).select("tr[data-group=NURSE/FR] td.suppressed")).hasSize(1);
		assertThat(this.json.readTree(body("/api/v1/competences/S1.1?" + small)).path("levels"))
			.allMatch((l) -> l.path("suppressed").asBoolean());
	}

	/**
	 * The CSV of cases carries how staff were trained, as the JSON's {@code training}
	 * items do: the same methods, formats, deliverers, hours and competences per case.
	 */
	@Test
	void casesCarryTheSameTrainingInJsonAndCsv() throws Exception {
		List<JsonNode> items = items("/api/v1/cases");
		List<CSVRecord> csv = csv("/api/v1/cases.csv");
		assertThat(csv).hasSameSizeAs(items).isNotEmpty();
		Map<String, CSVRecord> rows = new HashMap<>();
		csv.forEach((r) -> rows.put(r.get("id"), r));
		int trained = 0;
		for (JsonNode item : items) {
			CSVRecord row = rows.get(item.path("id").asString());
			assertThat(row).as("case " + item.path("id")).isNotNull();
			Set<String> methods = new LinkedHashSet<>();
			Set<String> formats = new LinkedHashSet<>();
			Set<String> deliverers = new LinkedHashSet<>();
			Set<String> competences = new LinkedHashSet<>();
			Integer hours = null;
			for (JsonNode t : item.path("training")) {
				methods.add(t.path("method").asString());
				formats.add(t.path("format").asString());
				deliverers.add(t.path("deliveredBy").asString());
				t.path("competences").forEach((c) -> competences.add(c.asString()));
				if (!t.path("durationHours").isNull()) {
					hours = ((hours != null) ? hours : 0) + t.path("durationHours").asInt();
				}
			}
			trained += methods.isEmpty() ? 0 : 1;
			assertThat(listed(row.get("training_methods"))).isEqualTo(methods);
			assertThat(listed(row.get("training_formats"))).isEqualTo(formats);
			assertThat(listed(row.get("training_delivered_by"))).isEqualTo(deliverers);
			assertThat(listed(row.get("training_competences"))).isEqualTo(competences);
			assertThat(row.get("training_hours")).isEqualTo((hours != null) ? hours.toString() : "");
		}
		assertThat(trained).as("demo cases that report training").isPositive();
	}

	/** The codes of a CSV list cell, in order. */
	private static Set<String> listed(String cell) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : cell.split(java.util.regex.Pattern.quote(CsvWriter.LIST_SEPARATOR))) {
			if (!code.isBlank()) {
				codes.add(code.strip());
			}
		}
		return codes;
	}

	@Test
	void pilotEvaluationsAreTheFinishedCohortsOnlyWithReleasedFigures() throws Exception {
		java.time.LocalDate today = this.cohorts.today();
		List<Long> finished = this.cohorts.all()
			.stream()
			.filter((c) -> c.status(today) == eu.dhso.lab.cohort.CohortStatus.COMPLETED)
			.map((c) -> c.id())
			.toList();
		assertThat(this.cohorts.all()).as("the demo has cohorts not finished too").hasSizeGreaterThan(finished.size());
		List<JsonNode> items = items("/api/v1/pilot-evaluations");
		assertThat(items).extracting((i) -> i.path("cohortId").asLong())
			.containsExactlyInAnyOrderElementsOf(finished)
			.isNotEmpty();
		List<CSVRecord> csv = csv("/api/v1/pilot-evaluations.csv");
		assertThat(csv).hasSameSizeAs(items);
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			assertThat(java.time.LocalDate.parse(item.path("endsOn").asString())).isBefore(today);
			assertThat(item.path("gain").isNull()).isEqualTo(item.path("gainSuppressed").asBoolean());
			assertThat(item.path("gainPeople").isNull()).isEqualTo(item.path("gainSuppressed").asBoolean());
			assertThat(csv.get(i).get("cohort_id")).isEqualTo(item.path("cohortId").asString());
			assertThat(csv.get(i).get("gain").isEmpty()).isEqualTo(item.path("gain").isNull());
			if (!item.path("gain").isNull()) {
				assertThat(Double.parseDouble(csv.get(i).get("gain"))).isEqualTo(item.path("gain").asDouble());
			}
			assertThat(item.toString()).doesNotContain("comment").doesNotContain("participant");
		}
		String country = items.get(0).path("countryCode").asString();
		assertThat(items("/api/v1/pilot-evaluations?country=" + country))
			.allMatch((i) -> i.path("countryCode").asString().equals(country));
	}

	/** Every item of a dataset, page by page. */
	private List<JsonNode> items(String path) throws Exception {
		List<JsonNode> all = new ArrayList<>();
		String next = path + (path.contains("?") ? "&" : "?") + "size=100";
		while (next != null) {
			JsonNode page = this.json.readTree(body(next));
			page.path("items").forEach(all::add);
			next = page.path("next").isNull() ? null : page.path("next").asString();
		}
		return all;
	}

	private List<CSVRecord> csv(String path) throws Exception {
		String text = body(path);
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String text(JsonNode node) {
		return node.isNull() ? "" : node.asString();
	}

	/** Two decimals, as the grid and its CSV print them. */
	private static String decimal(JsonNode node) {
		return node.isNull() ? "" : node.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String dash(String value) {
		return value.isEmpty() ? "–" : value;
	}

}
