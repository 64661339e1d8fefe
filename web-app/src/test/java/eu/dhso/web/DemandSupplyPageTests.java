package eu.dhso.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.trail.CompetenceTrails;
import eu.dhso.core.trail.CompetenceTrails.ProfessionGap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Demand and supply on one grid: page, CSV and the competence pages agree. */
@ObservatoryTest
class DemandSupplyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	CompetenceTrails trails;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	JdbcClient jdbc;

	@Test
	void professionsAreRowsAndAreasColumnsThatDrillDownToCompetences() throws Exception {
		List<AreaView> areas = this.framework.latestPublished().orElseThrow().areas();
		Document page = Jsoup.parse(body("/observatory/demand-supply"));
		Element grid = page.selectFirst("[data-testid=demand-supply]");
		assertThat(grid.select("thead th a").eachText())
			.containsExactlyElementsOf(areas.stream().map(AreaView::code).toList());
		assertThat(grid.select("tbody tr th").eachText()).contains("Nurse", "Doctor");
		assertThat(grid.select("td[data-cell=NURSE/S1] .demand").text()).matches("D \\d\\.\\d\\d");
		AreaView first = areas.get(0);
		Document drilled = Jsoup.parse(body("/observatory/demand-supply?area=" + first.code()));
		assertThat(drilled.select("[data-testid=demand-supply] thead th a").eachAttr("href"))
			.containsExactlyElementsOf(first.competences().stream().map((c) -> "/competences/" + c.code()).toList());
		// demand, supply, gap, and the needs workshops' findings
		assertThat(page.select("#method p")).hasSize(4);
	}

	@Test
	void theCsvIsStrictAndCarriesTheFiguresOfThePage() throws Exception {
		for (String query : List.of("", "?area=S1", "?country=IT", "?country=GR&area=D6")) {
			Document page = Jsoup.parse(body("/observatory/demand-supply" + query));
			List<CSVRecord> records = csv("/observatory/demand-supply.csv" + query);
			assertThat(records).isNotEmpty();
			for (CSVRecord r : records) {
				Element cell = page.selectFirst("td[data-cell=" + r.get("profession") + "/" + r.get("column") + "]");
				assertThat(cell).as(r.toString()).isNotNull();
				assertThat(cell.select(".demand").text()).isEqualTo("D " + dash(r.get("demand")));
				assertThat(cell.select(".gap").text()).isEqualTo("G " + dash(r.get("gap")));
				if (Boolean.parseBoolean(r.get("supply_suppressed"))) {
					assertThat(r.get("supply")).isEmpty();
					assertThat(r.get("people")).isEmpty();
					assertThat(cell.select(".supply").text()).isEqualTo("S: fewer than 5");
				}
				else {
					assertThat(cell.select(".supply").text()).isEqualTo("S " + r.get("supply"));
				}
			}
		}
	}

	@Test
	@Transactional
	void supplyIsSuppressedExactlyForGroupsOfFewerThanFivePeople() throws Exception {
		Timestamp before = Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant());
		SmallGroupData.threeNursesInFrance(this.jdbc, before);
		Map<String, Long> people = new HashMap<>();
		this.jdbc.sql("""
				select a.country_code || '/' || a.profession_code, count(distinct coalesce(a.account_id, -a.id))
				from skills.assessment a
				where a.status = 'SUBMITTED' and (a.synthetic or a.counted) and a.submitted_at < :before
				group by 1""").param("before", before).query((rs) -> {
			people.put(rs.getString(1), rs.getLong(2));
		});
		int suppressed = 0;
		int shown = 0;
		for (String country : List.of("CY", "GR", "IT", "MT", "RO", "FR")) {
			for (CSVRecord r : csv("/observatory/demand-supply.csv?country=" + country)) {
				long n = people.getOrDefault(country + "/" + r.get("profession"), 0L);
				assertThat(Boolean.parseBoolean(r.get("supply_suppressed"))).as(country + " " + r.get("profession"))
					.isEqualTo(n < 5);
				if (n < 5) {
					suppressed++;
				}
				else {
					shown++;
				}
			}
		}
		assertThat(people.get("FR/NURSE")).isEqualTo(3L);
		assertThat(suppressed).isPositive();
		assertThat(shown).isPositive();
	}

	@Test
	void aCompetenceCellEqualsTheGapOnTheCompetencePage() throws Exception {
		List<CSVRecord> records = csv("/observatory/demand-supply.csv?area=S1");
		for (ProfessionGap gap : this.trails.of("S1.1").orElseThrow().gaps()) {
			CSVRecord r = records.stream()
				.filter((x) -> x.get("profession").equals(gap.profession()) && x.get("column").equals("S1.1"))
				.findFirst()
				.orElseThrow();
			if (gap.gap() == null) {
				assertThat(r.get("gap")).isEmpty();
			}
			else {
				assertThat(Double.parseDouble(r.get("supply"))).isEqualTo(gap.supply().medianLevel().value());
				assertThat(Double.parseDouble(r.get("gap"))).isCloseTo(gap.gap(),
						org.assertj.core.data.Offset.offset(0.005));
			}
		}
	}

	@Test
	void theLargestGapsComeFirstAndLeadToTrainingThatAddressesThem() throws Exception {
		Document page = Jsoup.parse(body("/observatory/demand-supply?area=S1"));
		List<Element> rows = page.select("[data-testid=largest-gaps] tbody tr");
		assertThat(rows).isNotEmpty();
		List<Double> gaps = new ArrayList<>();
		rows.forEach((row) -> gaps.add(Double.parseDouble(row.select("td").get(1).text())));
		assertThat(gaps).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch((g) -> g > 0);
		assertThat(page.select("[data-testid=largest-gaps] a[href^=/lab/]")).isNotEmpty();
		assertThat(rows.get(0).select(".bar").hasClass("bar-20")).isTrue();
	}

	private static String dash(String value) {
		return value.isEmpty() ? "–" : value;
	}

	private List<CSVRecord> csv(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		assertThat(text).startsWith("profession,column_kind,column,demand,supply,gap,people,supply_suppressed,");
		assertThat(text).doesNotContain("\"");
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
