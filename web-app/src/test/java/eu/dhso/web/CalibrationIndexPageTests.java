package eu.dhso.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.trail.CompetenceTrail.AssessedGroup;
import eu.dhso.core.trail.CompetenceTrails;
import eu.dhso.skills.map.CalibrationMap;
import eu.dhso.skills.map.MapFilter;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calibration index on the public skills map, its CSV and the competence pages agree.
 */
@ObservatoryTest
class CalibrationIndexPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceTrails trails;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalibrationMap calibration;

	@Test
	void theSkillsMapShowsTheIndexAsAChartWithItsTableAndTheCsvCarriesTheSameFigures() throws Exception {
		for (String query : List.of("", "?country=IT", "?country=MT", "?period=2026")) {
			Document page = Jsoup.parse(body("/skills/map/public" + query));
			assertThat(page.select("[data-testid=calibration-chart] tbody tr")).isNotEmpty();
			List<CSVRecord> records = csv("/skills/map/calibration.csv" + query);
			assertThat(records).isNotEmpty();
			for (CSVRecord r : records) {
				Element cell = page.selectFirst("[data-testid=calibration-table] td[data-cell=" + r.get("profession")
						+ "/" + r.get("area") + "]");
				assertThat(cell).as(r.toString()).isNotNull();
				if (Boolean.parseBoolean(r.get("suppressed"))) {
					assertThat(r.get("calibration_index")).isEmpty();
					assertThat(r.get("people")).isEmpty();
					assertThat(cell.text()).isEqualTo("fewer than 5");
				}
				else {
					assertThat(cell.text()).isEqualTo(r.get("calibration_index"));
					assertThat(Double.parseDouble(r.get("calibration_index"))).isBetween(-1.0, 1.0);
				}
			}
		}
	}

	@Test
	@Transactional
	void groupsOfFewerThanFivePeopleAreSuppressed() throws Exception {
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
			for (CSVRecord r : csv("/skills/map/calibration.csv?country=" + country)) {
				if (!r.get("area").equals("ALL")) {
					continue;
				}
				long n = people.getOrDefault(country + "/" + r.get("profession"), 0L);
				assertThat(Boolean.parseBoolean(r.get("suppressed"))).as(country + " " + r.get("profession"))
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
	@Transactional
	void aKeptTableIsNotServedOnceTheAnswersChange() {
		MapFilter france = new MapFilter("FR", null, null);
		assertThat(this.calibration.table(france).values()).doesNotContainKey("NURSE");
		assertThat(this.calibration.table(france).values()).doesNotContainKey("NURSE");
		Timestamp before = Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant());
		SmallGroupData.threeNursesInFrance(this.jdbc, before);
		assertThat(this.calibration.table(france).values()).containsKey("NURSE");
		long generation = this.jdbc.sql("select generation from skills.map_state").query(Long.class).single();
		// a correct option changed is a changed index: the map's data moves on
		this.jdbc.sql("update skills.item_option set correct = correct where false").update();
		assertThat(this.jdbc.sql("select generation from skills.map_state").query(Long.class).single())
			.isNotEqualTo(generation);
	}

	@Test
	void aGroupShowsTheSameIndexOnTheCompetencePageAndTheSkillsMap() throws Exception {
		List<CSVRecord> italy = csv("/skills/map/calibration.csv?country=IT");
		int compared = 0;
		for (AssessedGroup group : this.trails.of("S1.1").orElseThrow().evidence().assessedGroups()) {
			if (!"IT".equals(group.country()) || !group.calibration().shown()) {
				continue;
			}
			CSVRecord r = italy.stream()
				.filter((x) -> x.get("profession").equals(group.profession()) && x.get("area").equals("S1"))
				.findFirst()
				.orElseThrow();
			assertThat(r.get("calibration_index")).isEqualTo(group.calibration().formatted());
			compared++;
		}
		assertThat(compared).isPositive();
	}

	private List<CSVRecord> csv(String path) throws Exception {
		byte[] bytes = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8);
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		assertThat(text).startsWith("profession,country,area,calibration_index,people,suppressed");
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
