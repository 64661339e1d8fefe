package eu.dhso.web;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.trail.CompetenceTrails;
import eu.dhso.core.trail.CompetenceTrails.ProfessionGap;
import eu.dhso.core.trail.CompetenceTrails.Trail;
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

/** One public page per competence, with the trail from every module on the demo data. */
@ObservatoryTest
class CompetenceTrailPageTests {

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
	void everyCompetenceOfThePublishedFrameworkHasAPublicPageThatTheFrameworkLinksTo() throws Exception {
		String frameworkPage = page("/framework");
		List<CompetenceView> competences = this.framework.latestPublished()
			.orElseThrow()
			.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.toList();
		assertThat(competences).isNotEmpty();
		for (CompetenceView competence : competences) {
			assertThat(frameworkPage).contains("href=\"/competences/" + competence.code() + "\"");
			assertThat(Jsoup.parse(page("/competences/" + competence.code())).select("h1").text())
				.isEqualTo(competence.code() + " " + competence.title());
		}
		for (String language : List.of("it", "el")) {
			this.mvc.perform(get("/competences/S1.1").param("lang", language)).andExpect(status().isOk());
		}
	}

	@Test
	void anUnknownCompetenceCodeIsTheNotFoundPage() throws Exception {
		for (String code : List.of("X9.9", "S1", "s1.1", "S1.1.1")) {
			this.mvc.perform(get("/competences/" + code)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theTrailBringsTogetherCasesLevelsTrainingAndGuidelines() throws Exception {
		Document page = Jsoup.parse(page("/competences/S1.1"));
		assertThat(page.select("#cases li a[href^=/cases/]")).isNotEmpty();
		assertThat(page.select("[data-testid=trail-technologies] tbody tr")).isNotEmpty();
		assertThat(page.select("[data-testid=trail-countries] tbody tr")).isNotEmpty();
		assertThat(page.select("[data-testid=trail-gaps] tbody tr[data-profession=NURSE]")).hasSize(1);
		assertThat(page.select("[data-testid=trail-assessed] tbody tr")).isNotEmpty();
		assertThat(page.select("[data-testid=trail-training] a[href^=/lab/]")).isNotEmpty();
		assertThat(page.select("#recommendations a[href^=/guidelines/]")).isNotEmpty();
		// at least one scheme shows a measured gain from the demo pilots
		assertThat(page.select("[data-testid=trail-training] td").eachText())
			.anyMatch((t) -> t.matches("-?\\d\\.\\d+ \\(\\d+ people\\)"));
	}

	/**
	 * A Greek reader sees the demo's Greek guideline and scheme titles on the trail, and
	 * every title not yet translated marked as English.
	 */
	@Test
	void theTrailNamesGuidelinesAndTrainingInTheReadersLanguage() throws Exception {
		boolean greekGuideline = false;
		for (CompetenceView competence : this.framework.latestPublished()
			.orElseThrow()
			.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.toList()) {
			Document page = Jsoup.parse(page("/competences/" + competence.code() + "?lang=el"));
			for (Element link : page.select("#recommendations a[href^=/guidelines/], "
					+ "[data-testid=trail-training] a[href^=/lab/schemes/], [data-testid=trail-training] a[href^=/lab/modules/]")) {
				boolean marked = !link.select("span[lang=en]").isEmpty() && !link.select(".untranslated").isEmpty();
				assertThat(marked || link.text().codePoints().anyMatch((c) -> c >= 0x0370 && c <= 0x03FF))
					.as(competence.code() + ": " + link.text())
					.isTrue();
				greekGuideline |= link.text().contains("Ενσωμάτωση της εκπαίδευσης σε ήπιες δεξιότητες");
			}
		}
		assertThat(greekGuideline).as("the demo guideline's Greek title on a trail").isTrue();
	}

	@Test
	void theGapOnThePageIsTheExpectedLevelMinusTheReleasedMedian() throws Exception {
		Trail trail = this.trails.of("S1.1").orElseThrow();
		Document page = Jsoup.parse(page("/competences/S1.1"));
		for (ProfessionGap gap : trail.gaps()) {
			Element row = page.selectFirst("[data-testid=trail-gaps] tr[data-profession=" + gap.profession() + "]");
			assertThat(row).as(gap.profession()).isNotNull();
			if (gap.gap() != null) {
				assertThat(row.select("td").get(1).text()).isEqualTo(gap.supply().medianLevel().formatted());
				assertThat(row.select("td").get(2).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
						gap.expected() - gap.supply().medianLevel().value()));
			}
		}
	}

	/**
	 * The demo groups are all large enough, so three nurses' attempts are copied into a
	 * country without respondents, inside the test's transaction that is rolled back.
	 */
	@Test
	@Transactional
	void groupsOfFewerThanFivePeopleShowNoFigures() throws Exception {
		Timestamp before = Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant());
		SmallGroupData.threeNursesInFrance(this.jdbc, before);
		Map<String, Long> people = new HashMap<>();
		this.jdbc.sql("""
				select a.profession_code || '/' || a.country_code, count(distinct coalesce(a.account_id, -a.id))
				from skills.assessment a
				where a.status = 'SUBMITTED' and (a.synthetic or a.counted) and a.submitted_at < :before
				group by 1""")
			.param("before", Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant()))
			.query((rs) -> {
				people.put(rs.getString(1), rs.getLong(2));
			});
		Document page = Jsoup.parse(page("/competences/S1.1"));
		List<Element> rows = page.select("[data-testid=trail-assessed] tbody tr");
		assertThat(rows).hasSize(people.size());
		int suppressed = 0;
		for (Element row : rows) {
			long n = people.get(row.attr("data-group"));
			if (n < 5) {
				suppressed++;
				assertThat(row.select("td.suppressed").text()).isEqualTo("fewer than 5 people");
				assertThat(row.select("td")).hasSize(2);
			}
			else {
				assertThat(row.select("td")).hasSize(5);
				assertThat(row.select("td").get(1).text()).matches("[1-4]\\.\\d");
			}
		}
		assertThat(page.select("[data-testid=trail-assessed] tr[data-group=NURSE/FR] td.suppressed")).hasSize(1);
		assertThat(suppressed).isPositive();
		assertThat(rows.size() - suppressed).as("and groups large enough to show").isPositive();
	}

	@Test
	void competencesElsewhereLinkToTheirPage() throws Exception {
		assertThat(page("/skills/profiles/NURSE")).contains("href=\"/competences/S1.1\"");
		long caseId = this.jdbc.sql("select case_id from cases.published_case where 'S1.1' = any (competences) limit 1")
			.query(Long.class)
			.single();
		assertThat(page("/cases/" + caseId)).contains("href=\"/competences/S1.1\"");
		long schemeId = this.jdbc
			.sql("select ref_id from lab.catalogue_item where kind = 'scheme' and 'S1.1' = any (competences) limit 1")
			.query(Long.class)
			.single();
		assertThat(page("/lab/schemes/" + schemeId)).contains("href=\"/competences/S1.1\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
