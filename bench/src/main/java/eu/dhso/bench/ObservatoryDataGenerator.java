package eu.dhso.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the observatory with data at the scale the project expects: published interview
 * cases (with the library's projection), submitted self-assessments with their answers,
 * learning-lab cohorts with sessions and participants, and a long audit log, in chunks,
 * each chunk in its own transaction: cases by COPY ({@link CaseLoad}), the rest by
 * set-based SQL. Every value derives from the seed and the row's number through a hash
 * ({@code hashtext} in SQL, SplitMix64 for cases), so two databases filled with one seed
 * hold the same data; each step counts the rows it generated before and adds only the
 * rest, so an interrupted run resumes at the next chunk.
 */
class ObservatoryDataGenerator {

	static final String GENERATOR = "bench-generator";

	/** Generated cases carry their number in the consent reference. */
	static final String CASE_REFERENCE = "BENCH-";

	/** One generated organisation per country, named this and the country code. */
	static final String ORGANISATION = "DHSO benchmark partner ";

	/**
	 * Respondent numbers above this one belong to the generator, not to the demo data.
	 */
	static final int RESPONDENT_OFFSET = 1_000_000;

	static final String COHORT_TITLE = "Benchmark cohort ";

	/** Generated audit entries come from the documentation address range (RFC 5737). */
	static final String AUDIT_ADDRESS = "192.0.2.";

	static final int CASE_CHUNK = 5_000;

	/** 1,000 attempts of 50 answers: 50,000 rows a chunk. */
	static final int ASSESSMENT_CHUNK = 1_000;

	static final int AUDIT_CHUNK = 10_000;

	/** Domain words; titles draw them with a skew, the first ones most often. */
	static final List<String> WORDS = List.of("patient", "nurse", "care", "team", "digital", "training", "service",
			"video", "record", "monitoring", "telemonitoring", "doctor", "pharmacist", "triage", "consent", "privacy",
			"dashboard", "workflow", "platform", "remote", "chronic", "diabetes", "heart", "elderly", "rural",
			"community", "hospital", "clinic", "prescription", "interoperability", "wearable", "sensor", "mobile",
			"coaching", "literacy", "stroke", "rehabilitation", "dementia", "oncology", "maternity", "paediatric",
			"emergency", "ambulance", "radiology", "laboratory", "medication", "adherence", "caregiver", "wound",
			"kidney", "vaccination", "appointment", "scheduling", "analytics", "cybersecurity", "robotic", "simulation",
			"screening", "imaging", "messaging", "portal", "algorithm", "discharge", "readmission", "handover",
			"governance", "procurement", "usability", "champion", "helpdesk", "bandwidth", "tablet", "chatbot",
			"genomics", "hologram", "exoskeleton", "blockchain", "printing", "teledermatology", "telepsychiatry");

	/**
	 * The words case texts are made of: the domain words and compounds of them, 480 in
	 * all. Texts draw them with a skew (the first ones are in nearly every case, the last
	 * ones in a few thousand), like the case library's own benchmark.
	 */
	static final List<String> VOCABULARY = Stream.of("", "care", "team", "pilot", "data", "service")
		.flatMap((suffix) -> WORDS.stream().map((word) -> word + suffix))
		.toList();

	/** Partner countries first; the rest of the EEA shares a small remainder. */
	static final Map<String, Integer> COUNTRY_WEIGHTS = Map.ofEntries(Map.entry("IT", 16), Map.entry("ES", 12),
			Map.entry("GR", 11), Map.entry("RO", 10), Map.entry("HU", 8), Map.entry("LT", 7), Map.entry("DK", 7),
			Map.entry("CY", 5), Map.entry("MT", 4), Map.entry("DE", 3), Map.entry("FR", 3), Map.entry("NL", 2),
			Map.entry("PT", 2), Map.entry("PL", 2), Map.entry("BE", 2), Map.entry("AT", 2), Map.entry("IE", 2));

	static final Map<String, Integer> PROFESSION_WEIGHTS = Map.of("NURSE", 30, "DOCTOR", 22, "ALLIED_HEALTH", 12,
			"PHARMACIST", 9, "ADMINISTRATIVE_STAFF", 8, "HEALTHCARE_MANAGER", 8, "IT_PROFESSIONAL", 6,
			"TECHNOLOGY_PROVIDER", 3, "TRAINING_PROVIDER", 2);

	static final Map<String, Integer> TECHNOLOGY_WEIGHTS = Map.ofEntries(Map.entry("TELEHEALTH", 25),
			Map.entry("EHR", 20), Map.entry("MHEALTH", 12), Map.entry("AI_DECISION_SUPPORT", 10),
			Map.entry("WEARABLES_IOT", 9), Map.entry("INTEROPERABILITY", 7), Map.entry("BIG_DATA", 5),
			Map.entry("CYBERSECURITY", 4), Map.entry("ROBOTICS", 3), Map.entry("VIRTUAL_REALITY", 2),
			Map.entry("PRINTING_3D", 2), Map.entry("BLOCKCHAIN", 1));

	static final Map<String, Integer> CARE_SETTING_WEIGHTS = Map.of("HOSPITAL", 35, "PRIMARY_CARE", 20,
			"COMMUNITY_CARE", 10, "HOME_CARE", 10, "LONG_TERM_CARE", 7, "MENTAL_HEALTH", 6, "PHARMACY", 5,
			"PUBLIC_HEALTH", 4, "EDUCATION", 3);

	static final Map<String, Integer> EXPERIENCE_WEIGHTS = Map.of("UNDER_2", 12, "YEARS_2_5", 22, "YEARS_6_10", 24,
			"YEARS_11_20", 25, "OVER_20", 17);

	private static final Pattern TOKEN = Pattern.compile("\\{(rand|words|pick):([a-z_0-9]+)(?::([a-z_0-9]+))?\\}");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	/** Where the definitions of indexes dropped for a load wait to be built again. */
	private final Path pendingIndexes;

	private final long seed;

	ObservatoryDataGenerator(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, long seed,
			Path pendingIndexes) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.seed = seed;
		this.pendingIndexes = pendingIndexes;
	}

	// ---------------------------------------------------------------- interview cases

	/**
	 * Adds the published cases 1 to {@code target} that are missing, each with its
	 * interview case and the library's projection; returns how many it added.
	 */
	int cases(int target) {
		this.jdbc.sql("""
				insert into core.organisation (name, type, country_code)
				select :prefix || code, 'HOSPITAL', code from core.country
				on conflict (name) do nothing""").param("prefix", ORGANISATION).update();
		int existing = this.jdbc.sql("select count(*) from cases.interview_case where created_by = :who")
			.param("who", GENERATOR)
			.query(Integer.class)
			.single();
		// also when nothing is missing: an interrupted load still has indexes to build
		List<Competence> competences = this.jdbc.sql("""
				select c.id, c.code, c.title from core.competence c
				join core.competence_area a on a.id = c.area_id
				where a.framework_version_id = (select id from core.framework_version where status = 'PUBLISHED'
				                                order by published_at desc nulls last, id desc limit 1)
				order by a.sort_order, c.sort_order""").query(Competence.class).list();
		return new CaseLoad(this.jdbc, this.dataSource, this.transactions, this.seed, this.pendingIndexes)
			.load(existing + 1, target, competences);
	}

	record Competence(long id, String code, String title) {
	}

	// ---------------------------------------------------------------- self-assessments

	/**
	 * Adds the submitted self-assessments 1 to {@code target} that are missing, each with
	 * the answers to the instrument's first {@code answersEach} items. Attempts and
	 * answers are inserted as two statements of one transaction, so the skills map's
	 * triggers count every answer exactly once.
	 */
	int assessments(int target, int answersEach) {
		int existing = this.jdbc.sql("select count(*) from skills.assessment where demo_respondent > :offset")
			.param("offset", RESPONDENT_OFFSET)
			.query(Integer.class)
			.single();
		if (existing >= target) {
			return 0;
		}
		String attempts = expand(ASSESSMENTS_SQL, "n");
		String answers = expand(ANSWERS_SQL, "a.demo_respondent");
		int added = 0;
		long started = System.nanoTime();
		for (int from = existing + 1; from <= target; from += ASSESSMENT_CHUNK) {
			int first = from;
			int last = Math.min(target, from + ASSESSMENT_CHUNK - 1);
			added += inTransaction(() -> {
				int inserted = this.jdbc.sql(attempts)
					.param("from", RESPONDENT_OFFSET + first)
					.param("to", RESPONDENT_OFFSET + last)
					.update();
				this.jdbc.sql(answers)
					.param("from", RESPONDENT_OFFSET + first)
					.param("to", RESPONDENT_OFFSET + last)
					.param("items", answersEach)
					.update();
				return inserted;
			});
			progress("submitted assessments", last, target, started);
		}
		return added;
	}

	private static final String ASSESSMENTS_SQL = """
			insert into skills.assessment (instrument_id, profession_code, country_code, care_setting_code,
			    experience_band, status, synthetic, demo_respondent, started_at, submitted_at)
			select (select min(id) from skills.instrument), {pick:profession:r_profession}, {pick:country:r_country},
			       {pick:care_setting:r_setting}, {pick:experience:r_experience}, 'SUBMITTED', true, n,
			       submitted - (10 + floor(r_duration * 50)::int) * interval '1 minute', submitted
			from (select n, {rand:profession} as r_profession, {rand:country} as r_country,
			             {rand:setting} as r_setting, {rand:experience} as r_experience, {rand:duration} as r_duration,
			             -- two years of submissions, more of them recently
			             timestamptz '2024-12-01 00:00:00+00' + sqrt({rand:submitted}) * interval '730 days' as submitted
			      from generate_series(cast(:from as int), cast(:to as int)) n) r
			on conflict (demo_respondent) do nothing
			""";

	/**
	 * Self-ratings rise with experience and with a profession's familiarity with
	 * technology and differ per competence, so the map shows gaps; knowledge items are
	 * answered right six times in ten.
	 */
	private static final String ANSWERS_SQL = """
			insert into skills.answer (assessment_id, item_id, choice)
			select a.id, i.id,
			       case when i.kind = 'SELF_RATING' then
			           least(4, greatest(1, 1 + floor(4 * (
			               ({rand:x1:i_id} + {rand:x2:i_id} + {rand:x3:i_id}) / 3 - 0.1
			               + case a.profession_code when 'IT_PROFESSIONAL' then 0.18 when 'TECHNOLOGY_PROVIDER' then 0.15
			                     when 'HEALTHCARE_MANAGER' then 0.06 when 'TRAINING_PROVIDER' then 0.05
			                     when 'DOCTOR' then 0.04 when 'NURSE' then -0.02 when 'ADMINISTRATIVE_STAFF' then -0.06
			                     else 0 end
			               + case a.experience_band when 'UNDER_2' then -0.06 when 'YEARS_2_5' then -0.02
			                     when 'YEARS_11_20' then 0.03 when 'OVER_20' then 0.04 else 0 end
			               + ((hashtext('competence:' || i.competence_id) & 255) / 255.0 - 0.5) * 0.3)))::int)
			       when {rand:k:i_id} < 0.6 then coalesce(o.position, 1)
			       else 1 + floor({rand:wrong:i_id} * 4)::int end
			from skills.assessment a
			cross join (select id, kind, competence_id from skills.assessment_item
			            where instrument_id = (select min(id) from skills.instrument)
			            order by sort_order, id limit :items) i
			left join skills.item_option o on o.item_id = i.id and o.correct
			where a.demo_respondent between :from and :to
			""";

	// ---------------------------------------------------------------- learning-lab
	// cohorts

	/**
	 * Adds the cohorts 1 to {@code target} that are missing, run by the demo trainer on
	 * the latest published scheme version, each with one weekly session per module and 10
	 * to 30 synthetic participants. Start dates run from mid-2024 into 2027, so most
	 * cohorts are over and the last few are still to come.
	 */
	int cohorts(int target) {
		int existing = this.jdbc.sql("select count(*) from lab.cohort where title like :prefix || '%'")
			.param("prefix", COHORT_TITLE)
			.query(Integer.class)
			.single();
		if (existing >= target) {
			return 0;
		}
		Long version = this.jdbc.sql("select max(id) from lab.scheme_version").query(Long.class).single();
		if (version == null) {
			throw new IllegalStateException("cohorts need a published training scheme: load the demo data first");
		}
		String sql = expand(COHORTS_SQL, "n");
		return inTransaction(() -> this.jdbc.sql(sql)
			.param("from", existing + 1)
			.param("to", target)
			.param("version", version)
			.param("prefix", COHORT_TITLE)
			.query(Integer.class)
			.single());
	}

	private static final String COHORTS_SQL = """
			with trainer as (
			    select id, organisation_id from core.user_account where username = 'trainer'
			), spec as (
			    select n, {pick:country:r_country} as country, date '2024-06-03' + 5 * n as starts_on,
			           10 + floor(r_size * 21)::int as participants
			    from (select n, {rand:country} as r_country, {rand:size} as r_size
			          from generate_series(cast(:from as int), cast(:to as int)) n) r
			), modules as (
			    select (m ->> 'moduleId')::bigint as module_id, (m ->> 'position')::int as position, m ->> 'title' as title
			    from lab.scheme_version v, jsonb_array_elements(v.content::jsonb -> 'modules') m
			    where v.id = :version
			), cohorts as (
			    insert into lab.cohort (scheme_version_id, title, country_code, starts_on, ends_on, capacity,
			        enrolment_open, min_attendance_percent, organisation_id, created_by, created_at)
			    select :version, :prefix || lpad(s.n::text, 3, '0') || ' (' || s.country || ')', s.country, s.starts_on,
			           s.starts_on + 7 * greatest((select count(*) from modules)::int - 1, 0), 30, true, 80,
			           t.organisation_id, t.id, s.starts_on - 60
			    from spec s cross join trainer t
			    returning id, starts_on, title
			), numbered as (
			    select c.id, c.starts_on, s.n, s.country, s.participants
			    from cohorts c join spec s on c.title = :prefix || lpad(s.n::text, 3, '0') || ' (' || s.country || ')'
			), trainers as (
			    insert into lab.cohort_trainer (cohort_id, account_id)
			    select c.id, t.id from numbered c cross join trainer t
			), sessions as (
			    insert into lab.cohort_session (cohort_id, title, starts_at, ends_at, location, module_id)
			    select c.id, 'Session ' || m.position || ': ' || m.title,
			           ((c.starts_on + 7 * (m.position - 1)) + time '08:30') at time zone 'UTC',
			           ((c.starts_on + 7 * (m.position - 1)) + time '12:00') at time zone 'UTC',
			           case when m.position % 2 = 0 then 'Online (video conference)' else 'Real-living lab' end, m.module_id
			    from numbered c cross join modules m
			), enrolments as (
			    insert into lab.enrolment (cohort_id, participant_name, status, requested_at, enrolled_at, synthetic)
			    select c.id, 'Participant ' || c.country || '-' || lpad(c.n::text, 3, '0') || '-' || lpad(p::text, 2, '0'),
			           'ENROLLED', r.at, r.at, true
			    from numbered c cross join generate_series(1, c.participants) p
			    cross join lateral (select ((c.starts_on - 40) + time '09:00') at time zone 'UTC'
			                               + p * interval '7 hours' as at) r
			)
			select count(*)::int from numbered
			""";

	// ---------------------------------------------------------------- audit log

	/**
	 * Adds the audit entries 1 to {@code target} that are missing: two years of sign-ins
	 * and editorial actions, so the audit log has a thousand pages and more.
	 */
	int auditEntries(int target) {
		int existing = this.jdbc.sql("select count(*) from core.audit_entry where client_address like :prefix || '%'")
			.param("prefix", AUDIT_ADDRESS)
			.query(Integer.class)
			.single();
		String sql = expand(AUDIT_SQL, "n");
		int added = 0;
		for (int from = existing + 1; from <= target; from += AUDIT_CHUNK) {
			int first = from;
			int last = Math.min(target, from + AUDIT_CHUNK - 1);
			added += inTransaction(() -> this.jdbc.sql(sql)
				.param("from", first)
				.param("to", last)
				.param("prefix", AUDIT_ADDRESS)
				.update());
		}
		return added;
	}

	private static final String AUDIT_SQL = """
			insert into core.audit_entry (occurred_at, actor, action, object_type, object_id, outcome, client_address)
			select timestamptz '2024-01-01 00:00:00+00' + n * interval '17 minutes',
			       (array['professional', 'partner', 'trainer', 'editor', 'admin'])[1 + floor(5 * {rand:actor} ^ 2)::int],
			       case when {rand:action} < 0.8 then 'signin' else 'lab.cohort.attendance' end,
			       case when {rand:action} < 0.8 then null else 'CohortSession' end,
			       case when {rand:action} < 0.8 then null else (1 + n % 1400)::text end,
			       case when {rand:outcome} < 0.95 then 'SUCCESS' else 'FAILURE' end,
			       :prefix || (1 + n % 250)
			from generate_series(cast(:from as int), cast(:to as int)) n
			""";

	// ---------------------------------------------------------------- checks

	/**
	 * The self-rated answers the skills map's summary counts in its grand total, and
	 * those the answer table holds: equal when every generated answer went through the
	 * triggers once.
	 */
	long[] skillsMapAgreement() {
		long summarised = this.jdbc.sql("""
				select coalesce(sum(answers), 0) from skills.map_summary
				where country_code is null and care_setting_code is null and month is null""")
			.query(Long.class)
			.single();
		long answered = this.jdbc.sql("""
				select count(*) from skills.answer ans
				join skills.assessment a on a.id = ans.assessment_id and a.status = 'SUBMITTED'
				join skills.assessment_item i on i.id = ans.item_id and i.kind = 'SELF_RATING'""")
			.query(Long.class)
			.single();
		return new long[] { summarised, answered };
	}

	/** The most frequent values of a column, with their share: to see the skew. */
	String topShares(String table, String column, int limit) {
		return String.join(", ", this.jdbc.sql("""
				select %2$s || ' ' || round(100.0 * count(*) / sum(count(*)) over ())::int || '%%'
				from %1$s group by %2$s order by count(*) desc, %2$s limit %3$d""".formatted(table, column, limit))
			.query(String.class)
			.list());
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Replaces the tokens of a statement: {@code {rand:name}} or
	 * {@code {rand:name:column}} by a number in [0, 1) that depends only on the seed, the
	 * name, the row key and the column; {@code {pick:table:column}} by a weighted choice
	 * of the table's codes; {@code {words:name:count}} by a text of count words.
	 */
	private String expand(String sql, String rowKey) {
		Matcher token = TOKEN.matcher(sql);
		StringBuilder expanded = new StringBuilder();
		while (token.find()) {
			String replacement = switch (token.group(1)) {
				case "rand" -> random("'" + token.group(2) + "'", rowKey, token.group(3));
				case "pick" -> pick(token.group(2), token.group(3));
				case "words" -> words(token.group(2), Integer.parseInt(token.group(3)), rowKey);
				default -> throw new IllegalArgumentException(token.group());
			};
			token.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
		}
		token.appendTail(expanded);
		return expanded.toString();
	}

	private String random(String name, String rowKey, String column) {
		String key = "'" + this.seed + ":' || " + name + " || ':' || " + rowKey;
		if (column != null) {
			key += " || ':' || " + column.replace('_', '.');
		}
		return "((hashtext(" + key + ") & 2147483647) / 2147483648.0)";
	}

	private String words(String name, int count, String rowKey) {
		String word = "(cast(:words as text[]))[1 + floor(cardinality(cast(:words as text[])) * power("
				+ random("'" + name + "'", rowKey, "i") + ", 2))::int]";
		return "(select string_agg(" + word + ", ' ') from generate_series(1, " + count + ") i)";
	}

	/** A case expression choosing a code by weight from a random number in [0, 1). */
	private String pick(String table, String randomColumn) {
		Map<String, Integer> weights = switch (table) {
			case "country" -> COUNTRY_WEIGHTS;
			case "profession" -> PROFESSION_WEIGHTS;
			case "technology" -> TECHNOLOGY_WEIGHTS;
			case "care_setting" -> CARE_SETTING_WEIGHTS;
			case "experience" -> EXPERIENCE_WEIGHTS;
			default -> throw new IllegalArgumentException(table);
		};
		List<String> codes = table.equals("experience") ? List.copyOf(new java.util.TreeSet<>(weights.keySet()))
				: this.jdbc.sql("select code from core." + table + " order by sort_order, code")
					.query(String.class)
					.list();
		// codes outside the table of weights (a country added later) still occur, rarely
		double total = codes.stream().mapToInt((code) -> weights.getOrDefault(code, 1)).sum();
		StringBuilder pick = new StringBuilder("case");
		double cumulative = 0;
		for (int i = 0; i < codes.size() - 1; i++) {
			cumulative += weights.getOrDefault(codes.get(i), 1) / total;
			pick.append(" when ").append(randomColumn).append(" < ").append(cumulative).append(" then '");
			pick.append(codes.get(i)).append("'");
		}
		return pick.append(" else '").append(codes.get(codes.size() - 1)).append("' end").toString();
	}

	private int inTransaction(IntSupplier work) {
		Integer result = this.transactions.execute((status) -> work.getAsInt());
		return (result != null) ? result : 0;
	}

	private static void progress(String what, int done, int target, long started) {
		System.out.printf("  %s: %,d of %,d (%d s)%n", what, done, target,
				(System.nanoTime() - started) / 1_000_000_000L);
	}

}
