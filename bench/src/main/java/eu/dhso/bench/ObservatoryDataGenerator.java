package eu.dhso.bench;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the observatory with data at the scale the project expects: published interview
 * cases (with the library's projection) and submitted self-assessments with their
 * answers. Every value derives from the seed and the row's number, so a run adds exactly
 * the rows still missing and two databases filled with one seed hold the same data.
 * Learning-lab cohorts are not generated: its schema has no tables for them yet.
 */
class ObservatoryDataGenerator {

	static final String GENERATOR = "bench-generator";

	static final String ORGANISATION = "DHSO benchmark partner";

	/**
	 * Respondent numbers above this one belong to the generator, not to the demo data.
	 */
	static final int RESPONDENT_OFFSET = 1_000_000;

	static final String[] WORDS = { "telemonitoring", "nurse", "triage", "diabetes", "heart", "dashboard",
			"interoperability", "training", "privacy", "consent", "rural", "pharmacy", "stroke", "video", "records",
			"wearable", "elderly", "chronic", "mobile", "coaching", "robotic", "ambulance", "radiology", "literacy",
			"cybersecurity", "workflow", "prescription", "paediatric", "oncology", "rehabilitation" };

	private final JdbcTemplate jdbc;

	private final long seed;

	ObservatoryDataGenerator(JdbcTemplate jdbc, long seed) {
		this.jdbc = jdbc;
		this.seed = seed;
	}

	/** A non-negative hash of the seed and a row-specific key. */
	private String hash(String key) {
		return "(hashtext('" + this.seed + ":' || " + key + ") & 2147483647)";
	}

	/** One of the codes, uniformly by the key's hash. */
	private String pick(List<String> codes, String key) {
		return "(array['" + String.join("','", codes) + "'])[1 + " + hash(key) + " % " + codes.size() + "]";
	}

	/** One of the codes, the first ones more often (as real submissions cluster). */
	private String skewed(List<String> codes, String key) {
		return "(array['" + String.join("','", codes) + "'])[1 + " + hash(key + " || 'a'") + " % (1 + "
				+ hash(key + " || 'b'") + " % " + codes.size() + ")]";
	}

	private String word(String key) {
		return pick(List.of(WORDS), key);
	}

	private List<String> codes(String table) {
		return this.jdbc.queryForList("select code from core." + table + " order by sort_order, code", String.class);
	}

	int cases(int target) {
		this.jdbc.update("""
				insert into core.organisation (name, type, country_code) values (?, 'HOSPITAL', 'IT')
				on conflict (name) do nothing""", ORGANISATION);
		Integer existing = this.jdbc.queryForObject("select count(*) from cases.interview_case where created_by = ?",
				Integer.class, GENERATOR);
		int missing = target - existing;
		if (missing > 0) {
			List<String> countries = codes("country");
			List<String> settings = codes("care_setting");
			this.jdbc.update("""
					insert into cases.interview_case (organisation_id, country_code, status, title, summary,
					    care_setting, period_start, stage, problem, solution, lessons_learned, consent_scope,
					    practice_label, created_by)
					select o.id, %1$s, 'PUBLISHED',
					       initcap(%2$s) || ' ' || %3$s || ' programme ' || n,
					       'How a team introduced ' || %4$s || ' support for ' || %5$s || ' care.',
					       %6$s,
					       date '2015-01-01' + (n %% 3000),
					       (array['PILOT','SCALING','MAINSTREAM'])[1 + n %% 3],
					       'Staff lacked ' || %7$s || ' skills.',
					       'A ' || %8$s || ' service with training.',
					       'Start small; train ' || %9$s || ' champions.',
					       'PUBLIC',
					       case when n %% 5 = 0 then 'GOOD_PRACTICE' when n %% 5 = 1 then 'PROMISING_PRACTICE' end,
					       '%10$s'
					from generate_series(?, ?) n
					cross join (select id from core.organisation where name = '%11$s') o
					""".formatted(skewed(countries, "'country' || n"), word("'t1' || n"), word("'t2' || n"),
					word("'s1' || n"), word("'s2' || n"), pick(settings, "'setting' || n"), word("'p' || n"),
					word("'so' || n"), word("'l' || n"), GENERATOR, ORGANISATION), existing + 1, target);
		}
		return publish();
	}

	/** The library's projection, for generated cases that have none yet. */
	private int publish() {
		String template = this.jdbc.queryForObject(
				"select content from cases.published_case where case_id not in (select id from cases.interview_case where created_by = ?) order by case_id limit 1",
				String.class, GENERATOR);
		return this.jdbc.update("""
				insert into cases.published_case (case_id, title, summary, organisation_name, country_code,
				    care_setting, stage, practice_label, year, technologies, professions, competences, body_text,
				    content, published_at)
				select c.id, c.title, c.summary, ?, c.country_code, c.care_setting, c.stage, c.practice_label,
				       extract(year from c.period_start)::int,
				       array[%1$s], array[%2$s],
				       '{}',
				       concat_ws(' ', c.problem, c.solution, c.lessons_learned),
				       jsonb_set(jsonb_set(jsonb_set(?::jsonb, '{id}', to_jsonb(c.id)), '{title}', to_jsonb(c.title)),
				           '{summary}', to_jsonb(c.summary))::text,
				       timestamptz '2026-01-01' - (c.id %% 2000) * interval '1 day'
				from cases.interview_case c
				where c.created_by = ? and not exists (select 1 from cases.published_case p where p.case_id = c.id)
				""".formatted(skewed(codes("technology"), "'tech' || c.id"),
				skewed(codes("profession"), "'prof' || c.id")), ORGANISATION, template, GENERATOR);
	}

	int assessments(int target, int answersEach) {
		this.jdbc.update("""
				insert into skills.assessment (instrument_id, profession_code, country_code, care_setting_code,
				    experience_band, status, synthetic, demo_respondent, started_at, submitted_at)
				select (select min(id) from skills.instrument),
				       %1$s, %2$s, %3$s,
				       (array['UNDER_2','YEARS_2_5','YEARS_6_10','YEARS_11_20','OVER_20'])[1 + n %% 5],
				       'SUBMITTED', true, ? + n,
				       timestamptz '2026-01-01' - (n %% 700) * interval '1 day',
				       timestamptz '2026-01-01' - (n %% 700) * interval '1 day' + interval '25 minutes'
				from generate_series(1, ?) n
				on conflict (demo_respondent) do nothing
				""".formatted(skewed(codes("profession"), "'ap' || n"), skewed(codes("country"), "'ac' || n"),
				pick(codes("care_setting"), "'as' || n")), RESPONDENT_OFFSET, target);
		return this.jdbc.update("""
				insert into skills.answer (assessment_id, item_id, choice)
				select a.id, i.id, 1 + %1$s %% 4
				from skills.assessment a
				cross join (select id from skills.assessment_item
				            where instrument_id = (select min(id) from skills.instrument)
				            order by sort_order, id limit ?) i
				where a.demo_respondent > ?
				  and not exists (select 1 from skills.answer x where x.assessment_id = a.id)
				""".formatted(hash("a.demo_respondent || ':' || i.id")), answersEach, RESPONDENT_OFFSET);
	}

}
