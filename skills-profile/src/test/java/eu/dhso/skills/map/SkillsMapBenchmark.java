package eu.dhso.skills.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a timed test: fills the database with 20,000 submitted assessments of 50 answers
 * each (one million answers) and prints p50/p95 of the skills-map page, with and without
 * filters. Run on request: {@code ./mvnw -o verify -pl observatory-core,skills-profile
 * -Dskills.excludedGroups=none -Dtest=SkillsMapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ObservatoryTest
@Tag("benchmark")
class SkillsMapBenchmark {

	static final int ASSESSMENTS = 20_000;

	static final int ROUNDS = 40;

	static final int COMPUTED_ROUNDS = 10;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	SkillsMap map;

	/** Attempts changed so far, so each change is to another one. */
	private int changes;

	@Test
	void skillsMapPageWithOneMillionAnswers() throws Exception {
		long started = System.nanoTime();
		// Deterministic spread over professions, partner countries, settings and 24
		// months; 49 self-ratings and
		// one knowledge item per assessment.
		this.jdbc
			.sql("""
					insert into skills.assessment (account_id, instrument_id, profession_code, country_code, care_setting_code,
					    experience_band, status, synthetic, started_at, submitted_at)
					select null, i.id, p.codes[1 + g % 9], c.codes[1 + (g / 9) % 9], s.codes[1 + (g / 81) % 9],
					       'YEARS_6_10', 'SUBMITTED', true,
					       timestamptz '2024-11-01' + (g % 730) * interval '1 day',
					       timestamptz '2024-11-01' + (g % 730) * interval '1 day' + interval '20 minutes'
					from generate_series(1, :n) g
					cross join (select id from skills.instrument limit 1) i
					cross join (select array_agg(code order by sort_order) codes from core.profession) p
					cross join (select array_agg(code order by sort_order) codes from core.country where partner) c
					cross join (select array_agg(code order by sort_order) codes from core.care_setting) s""")
			.param("n", ASSESSMENTS)
			.update();
		this.jdbc.sql("""
				insert into skills.answer (assessment_id, item_id, choice)
				select a.id, it.id, 1 + (a.id * 7 + it.id * 13) % 4
				from skills.assessment a
				join skills.assessment_item it on it.instrument_id = a.instrument_id
				     and (it.kind = 'SELF_RATING' or it.code = 'K01')
				where a.synthetic and a.demo_respondent is null""").update();
		this.jdbc.sql("analyze").update();
		long answers = this.jdbc.sql("select count(*) from skills.answer").query(Long.class).single();
		long summaryRows = this.jdbc.sql("select count(*) from skills.map_summary").query(Long.class).single();
		System.out.printf("skills-map benchmark: %d summary rows kept by the triggers%n", summaryRows);
		System.out.printf("skills-map benchmark: %d answers loaded in %d ms%n", answers,
				(System.nanoTime() - started) / 1_000_000);

		RequestPostProcessor partner = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, null)));
		measure("/skills/map without filters", get("/skills/map").with(partner));
		measure("/skills/map country=IT", get("/skills/map").param("country", "IT").with(partner));
		measure("/skills/map country=IT careSetting=HOSPITAL from=2025-11",
				get("/skills/map").param("country", "IT")
					.param("careSetting", "HOSPITAL")
					.param("from", "2025-11")
					.with(partner));
		measure("/skills/map from=2025-06 to=2026-05",
				get("/skills/map").param("from", "2025-06").param("to", "2026-05").with(partner));
		String version = this.jdbc.sql("select framework_version_id from skills.instrument limit 1")
			.query(String.class)
			.single();
		measure("/skills/map version=" + version + " careSetting=HOSPITAL",
				get("/skills/map").param("version", version).param("careSetting", "HOSPITAL").with(partner));
		measure("/skills/map/public without filters", get("/skills/map/public"));
		measureQueries("byCompetence without filters", () -> this.map.byCompetence(MapFilter.none()));
		measureQueries("byArea without filters", () -> this.map.byArea(MapFilter.none()));
		measure("/skills/map/public country=IT from=2025-11",
				get("/skills/map/public").param("country", "IT").param("from", "2025-11"));
	}

	private void measureQueries(String label, Runnable query) {
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			query.run();
			micros.add((System.nanoTime() - start) / 1_000);
		}
		Collections.sort(micros);
		System.out.printf("skills-map benchmark: %s (service only): p50 %.1f ms, p95 %.1f ms%n", label,
				micros.get(ROUNDS / 2) / 1000.0, micros.get((int) Math.ceil(ROUNDS * 0.95) - 1) / 1000.0);
	}

	private void measure(String label, MockHttpServletRequestBuilder request) throws Exception {
		long first = System.nanoTime();
		this.mvc.perform(request).andExpect(status().isOk());
		System.out.printf("skills-map benchmark: %s, first request: %d ms%n", label,
				(System.nanoTime() - first) / 1_000_000);
		for (int i = 0; i < 9; i++) {
			this.mvc.perform(request).andExpect(status().isOk());
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(millis);
		System.out.printf("skills-map benchmark: %s, kept: p50 %d ms, p95 %d ms (%d rounds)%n", label,
				millis.get(ROUNDS / 2), millis.get((int) Math.ceil(ROUNDS * 0.95) - 1), ROUNDS);
		// the first request after a change of the data computes the figures anew: here
		// one
		// submitted attempt's answers change, as when a person's data is corrected
		List<Long> computed = new ArrayList<>();
		// as the kept figures, the computation is measured once warm (three rounds
		// before)
		for (int i = -3; i < COMPUTED_ROUNDS; i++) {
			this.jdbc.sql("""
					update skills.answer set choice = 5 - choice where assessment_id =
					    (select id from skills.assessment where status = 'SUBMITTED' order by id offset :n limit 1)""")
				.param("n", this.changes++)
				.update();
			long start = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			if (i >= 0) {
				computed.add((System.nanoTime() - start) / 1_000_000);
			}
		}
		Collections.sort(computed);
		System.out.printf("skills-map benchmark: %s, first after a change: p50 %d ms, p95 %d ms (%d rounds)%n", label,
				computed.get(COMPUTED_ROUNDS / 2), computed.get((int) Math.ceil(COMPUTED_ROUNDS * 0.95) - 1),
				COMPUTED_ROUNDS);
	}

}
