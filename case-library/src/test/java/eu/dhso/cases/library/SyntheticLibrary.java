package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads synthetic published cases for the library benchmark, straight in SQL so 100,000
 * take seconds rather than minutes. Case {@code n} always gets the same text and facets,
 * and cases already loaded are not loaded again, so running it twice changes nothing.
 */
final class SyntheticLibrary {

	static final String AUTHOR = "synthetic-generator";

	static final String ORGANISATION = "Synthetic benchmark organisation";

	/** Domain words; the first ones are drawn far more often than the last. */
	static final List<String> VOCABULARY = vocabulary();

	private final JdbcClient jdbc;

	SyntheticLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Loads cases 1 to {@code total} that are missing; returns how many it added. */
	int load(int total) {
		long existing = this.jdbc.sql("select count(*) from cases.interview_case where created_by = :author")
			.param("author", AUTHOR)
			.query(Long.class)
			.single();
		// the cases need an owner; the benchmark may run where no organisation exists yet
		this.jdbc.sql("""
				insert into core.organisation (name, type, country_code)
				select :name, 'HOSPITAL', 'IT' on conflict (name) do nothing""").param("name", ORGANISATION).update();
		int added = 0;
		for (long from = existing + 1; from <= total; from += 20_000) {
			added += loadBatch(from, Math.min(total, from + 19_999));
		}
		this.jdbc.sql("analyze cases.interview_case").update();
		this.jdbc.sql("analyze cases.published_case").update();
		this.jdbc.sql("analyze cases.library_entry").update();
		return added;
	}

	private int loadBatch(long from, long to) {
		// Pseudo-random but deterministic: each choice hashes the case number with a
		// position.
		return this.jdbc
			.sql("""
					with spec as (
					    select g,
					           c.codes[1 + (g * 7) % array_length(c.codes, 1)] as country,
					           t.codes as tech, p.codes as prof, s.codes as setting, k.codes as comp, v.words as words
					    from generate_series(cast(:from as bigint), cast(:to as bigint)) g
					    cross join (select array_agg(code order by sort_order) codes from core.country where partner) c
					    cross join (select array_agg(code order by sort_order) codes from core.technology) t
					    cross join (select array_agg(code order by sort_order) codes from core.profession) p
					    cross join (select array_agg(code order by sort_order) codes from core.care_setting) s
					    cross join (select array_agg(distinct code) codes from core.competence) k
					    cross join (select cast(:words as text[]) words) v
					), texts as (
					    select spec.*,
					           (select string_agg(words[1 + floor(array_length(words, 1)
					                * power(((g * 2654435761 + i * 40503) % 1000003) / 1000003.0, 2))::int], ' ')
					            from generate_series(1, 60) i) as body,
					           array[tech[1 + g % array_length(tech, 1)], tech[1 + (g / 3) % array_length(tech, 1)]] as techs,
					           array[prof[1 + g % array_length(prof, 1)], prof[1 + (g / 5) % array_length(prof, 1)]] as profs,
					           array[comp[1 + g % array_length(comp, 1)], comp[1 + (g / 7) % array_length(comp, 1)],
					                 comp[1 + (g / 11) % array_length(comp, 1)]] as comps
					    from spec
					), cases as (
					    insert into cases.interview_case (organisation_id, country_code, status, title, summary,
					        care_setting, period_start, stage, consent_reference, consent_scope, created_by, created_at,
					        updated_at)
					    select (select id from core.organisation where name = :organisation), country, 'PUBLISHED',
					           'Synthetic case ' || g || ': ' || split_part(body, ' ', 1) || ' ' || split_part(body, ' ', 2),
					           left(body, 200), setting[1 + g % array_length(setting, 1)],
					           make_date(2018 + (g % 8)::int, 1 + (g % 12)::int, 1), 'PILOT', 'SYN-' || g, 'ANONYMISED',
					           :author, now(), now()
					    from texts
					    returning id, consent_reference
					)
					insert into cases.published_case (case_id, title, summary, organisation_name, country_code, care_setting,
					    stage, practice_label, year, technologies, professions, competences, body_text, content, published_at,
					    training_methods, training_formats)
					select c.id, 'Synthetic case ' || t.g || ': ' || split_part(t.body, ' ', 1) || ' ' || split_part(t.body, ' ', 2),
					       left(t.body, 200), null, t.country, t.setting[1 + t.g % array_length(t.setting, 1)], 'PILOT',
					       (array['GOOD_PRACTICE', 'PROMISING_PRACTICE', null, null])[1 + t.g % 4], 2018 + (t.g % 8)::int,
					       array(select distinct x from unnest(t.techs) x), array(select distinct x from unnest(t.profs) x),
					       array(select distinct x from unnest(t.comps) x), t.body,
					       json_build_object('id', c.id, 'title', 'Synthetic case ' || t.g, 'summary', left(t.body, 200),
					           'countryCode', t.country, 'technologies', t.techs, 'professions', t.profs,
					           'indicators', json_build_array(), 'skills', json_build_array(),
					           'interviewees', json_build_array(), 'scores', json_build_array(),
					           'lessonsLearned', t.body, 'publishedAt', to_char((timestamptz '2020-01-01' + t.g * interval '30 minutes') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text,
					       timestamptz '2020-01-01' + t.g * interval '30 minutes',
					       array(select distinct x from unnest(array[
					           (array['FORMAL_COURSE', 'TRAIN_THE_TRAINER', 'CHAMPIONS_NETWORK', 'AT_THE_ELBOW', 'COACHING',
					                  'SELF_DIRECTED', 'COMMUNITY_OF_PRACTICE'])[1 + t.g % 7],
					           (array['FORMAL_COURSE', 'CHAMPIONS_NETWORK', 'SELF_DIRECTED'])[1 + (t.g / 7) % 3]]) x),
					       array(select distinct x from unnest(array[
					           (array['WORKSHOP', 'ELEARNING', 'LIVING_LAB', 'CASE_STUDY', 'PEER_EXCHANGE', 'ASSESSMENT'])[1 + t.g % 6],
					           (array['WORKSHOP', 'ELEARNING', 'PEER_EXCHANGE'])[1 + (t.g / 5) % 3]]) x)
					from cases c join texts t on 'SYN-' || t.g = c.consent_reference
					""")
			.param("from", from)
			.param("to", to)
			.param("words", VOCABULARY.toArray(String[]::new))
			.param("author", AUTHOR)
			.param("organisation", ORGANISATION)
			.update();
	}

	private static List<String> vocabulary() {
		String[] stems = { "patient", "nurse", "doctor", "pharmacist", "telehealth", "video", "record", "monitoring",
				"wearable", "sensor", "algorithm", "triage", "discharge", "readmission", "training", "workflow",
				"consent", "privacy", "interoperability", "dashboard", "prescription", "diabetes", "cardiology",
				"stroke", "rehabilitation", "dementia", "oncology", "maternity", "pediatric", "emergency", "rural",
				"community", "hospital", "clinic", "platform", "portal", "messaging", "robot", "printing", "simulation",
				"screening", "imaging", "radiology", "laboratory", "medication", "adherence", "caregiver", "elderly",
				"chronic", "wound", "ulcer", "heart", "lung", "kidney", "vaccination", "appointment", "scheduling",
				"coding", "analytics", "cybersecurity" };
		String[] suffixes = { "", "care", "team", "pilot", "data", "service", "plan" };
		List<String> words = new ArrayList<>();
		for (String suffix : suffixes) {
			for (String stem : stems) {
				words.add(stem + suffix);
			}
		}
		return List.copyOf(words);
	}

}
