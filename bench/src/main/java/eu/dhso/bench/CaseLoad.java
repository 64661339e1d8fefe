package eu.dhso.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated published cases with PostgreSQL's COPY: each case's values are drawn
 * in Java from a hash of the seed, a field name and the case's number, and streamed as
 * CSV into {@code cases.interview_case} and {@code cases.published_case}, chunk by chunk,
 * each chunk one transaction (the library's statement triggers then copy and count a
 * whole chunk at once). For a large load the secondary indexes of the three case tables
 * are dropped first and built once at the end, which is far cheaper than maintaining them
 * row by row; their definitions are kept in a file until then, so an interrupted load
 * rebuilds them on the next run.
 */
class CaseLoad {

	/** Cases per transaction. */
	static final int CHUNK = 10_000;

	/** From this many cases to add, indexes are dropped during the load. */
	static final int BULK = 20_000;

	private static final List<String> TABLES = List.of("interview_case", "published_case", "library_entry");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final long seed;

	private final Path pendingIndexes;

	private final JsonMapper json = JsonMapper.builder().build();

	CaseLoad(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, long seed, Path pendingIndexes) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.seed = seed;
		this.pendingIndexes = pendingIndexes;
	}

	/** Adds the cases {@code from} to {@code to}; returns how many it added. */
	int load(int from, int to, List<ObservatoryDataGenerator.Competence> competences) {
		rebuildPendingIndexes();
		if (from > to) {
			return 0;
		}
		Draws draws = new Draws(codes("country", ObservatoryDataGenerator.COUNTRY_WEIGHTS),
				codes("care_setting", ObservatoryDataGenerator.CARE_SETTING_WEIGHTS),
				codes("technology", ObservatoryDataGenerator.TECHNOLOGY_WEIGHTS),
				codes("profession", ObservatoryDataGenerator.PROFESSION_WEIGHTS));
		Map<String, Long> organisations = new LinkedHashMap<>();
		this.jdbc.sql("select name, id from core.organisation where name like :prefix || '%'")
			.param("prefix", ObservatoryDataGenerator.ORGANISATION)
			.query((rs) -> {
				organisations.put(rs.getString(1), rs.getLong(2));
			});
		if (to - from + 1 >= BULK) {
			dropIndexes();
		}
		int added = 0;
		long drawn = 0;
		long started = System.nanoTime();
		for (int first = from; first <= to; first += CHUNK) {
			int chunkFirst = first;
			int last = Math.min(to, first + CHUNK - 1);
			long drawing = System.nanoTime();
			List<GeneratedCase> chunk = new ArrayList<>(last - first + 1);
			for (int n = chunkFirst; n <= last; n++) {
				chunk.add(generate(n, draws, competences));
			}
			drawn += System.nanoTime() - drawing;
			Integer copied = this.transactions.execute((status) -> copy(chunk, organisations));
			added += (copied != null) ? copied : 0;
			System.out.printf("  published cases: %,d of %,d (%d s)%n", last, to,
					(System.nanoTime() - started) / 1_000_000_000L);
		}
		long indexing = System.nanoTime();
		rebuildPendingIndexes();
		System.out.printf("  cases drawn in %d s and copied in %d s, indexes built in %d s%n", drawn / 1_000_000_000L,
				(indexing - started - drawn) / 1_000_000_000L, (System.nanoTime() - indexing) / 1_000_000_000L);
		return added;
	}

	// ---------------------------------------------------------------- indexes

	private void dropIndexes() {
		// every index but primary keys and unique ones, which enforce rules during the
		// load
		List<String> definitions = this.jdbc.sql("""
				select pg_get_indexdef(x.indexrelid) from pg_index x
				join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = 'cases' and t.relname = any(cast(:tables as text[])) and not x.indisunique
				order by x.indexrelid""").param("tables", TABLES.toArray(String[]::new)).query(String.class).list();
		if (definitions.isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(this.pendingIndexes.getParent());
			Files.write(this.pendingIndexes, definitions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.jdbc.sql("""
				select x.indexrelid::regclass::text from pg_index x
				join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = 'cases' and t.relname = any(cast(:tables as text[])) and not x.indisunique""")
			.param("tables", TABLES.toArray(String[]::new))
			.query(String.class)
			.list()
			.forEach((index) -> this.jdbc.sql("drop index " + index).update());
		System.out.printf("  %d indexes of the case tables dropped for the load%n", definitions.size());
	}

	private void rebuildPendingIndexes() {
		if (!Files.exists(this.pendingIndexes)) {
			return;
		}
		try {
			// GIN indexes build much faster with room to sort their entries
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("set local maintenance_work_mem = '256MB'").update();
				for (String definition : readLines()) {
					this.jdbc.sql(definition.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")).update();
				}
			});
			Files.delete(this.pendingIndexes);
			this.jdbc.sql("analyze cases.interview_case").update();
			this.jdbc.sql("analyze cases.published_case").update();
			this.jdbc.sql("analyze cases.library_entry").update();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> readLines() {
		try {
			return Files.readAllLines(this.pendingIndexes).stream().filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---------------------------------------------------------------- copying

	private int copy(List<GeneratedCase> chunk, Map<String, Long> organisations) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection postgres = connection.unwrap(PGConnection.class);
			long firstId = this.jdbc
				.sql("select setval(pg_get_serial_sequence('cases.interview_case', 'id'),"
						+ " nextval(pg_get_serial_sequence('cases.interview_case', 'id')) + :count - 1) - :count + 1")
				.param("count", chunk.size())
				.query(Long.class)
				.single();
			try (Writer out = copyIn(postgres, """
					copy cases.interview_case (id, organisation_id, country_code, status, title, summary, care_setting,
					    period_start, stage, problem, solution, outcomes, lessons_learned, interview_date, interviewer,
					    consent_reference, consent_scope, practice_label, created_by, created_at, updated_at)
					from stdin (format csv)""")) {
				long id = firstId;
				for (GeneratedCase c : chunk) {
					row(out, id++, organisations.get(ObservatoryDataGenerator.ORGANISATION + c.country), c.country,
							"PUBLISHED", c.title, c.summary, c.setting, c.periodStart, c.stage, c.problem, c.solution,
							c.outcomes, c.lessons, c.interviewDate(), "Observatory interviewer",
							ObservatoryDataGenerator.CASE_REFERENCE + c.n, c.scope, c.label,
							ObservatoryDataGenerator.GENERATOR, c.publishedAt, c.publishedAt);
				}
			}
			try (Writer out = copyIn(postgres, """
					copy cases.published_case (case_id, title, summary, organisation_name, country_code, care_setting,
					    stage, practice_label, year, technologies, professions, competences, body_text, content,
					    published_at)
					from stdin (format csv)""")) {
				long id = firstId;
				for (GeneratedCase c : chunk) {
					row(out, id, c.title, c.summary, c.organisationName(), c.country, c.setting, c.stage, c.label,
							c.periodStart.getYear(), array(c.technologies), array(c.professions),
							array(c.competences.stream().map(ObservatoryDataGenerator.Competence::code).toList()),
							c.body(), content(id, c), c.publishedAt);
					id++;
				}
			}
			return chunk.size();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY of generated cases failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static Writer copyIn(PGConnection connection, String sql) throws SQLException {
		return new OutputStreamWriter(new PGCopyOutputStream(connection, sql, 1 << 20), StandardCharsets.UTF_8);
	}

	/** One CSV line: null is an empty field, everything else is quoted. */
	private static void row(Writer out, Object... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			if (values[i] != null) {
				out.write('"');
				out.write(values[i].toString().replace("\"", "\"\""));
				out.write('"');
			}
		}
		out.write('\n');
	}

	private static String array(List<String> codes) {
		return "{" + String.join(",", codes) + "}";
	}

	/** The JSON the case page reads, as the publication writes it. */
	private String content(long id, GeneratedCase c) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", id);
		content.put("title", c.title);
		content.put("summary", c.summary);
		content.put("organisationName", c.organisationName());
		content.put("countryCode", c.country);
		content.put("careSetting", c.setting);
		content.put("stage", c.stage);
		content.put("periodStart", c.periodStart.toString());
		content.put("periodEnd", null);
		content.put("technologies", c.technologies);
		content.put("professions", c.professions);
		content.put("problem", c.problem);
		content.put("solution", c.solution);
		content.put("outcomes", c.outcomes);
		content.put("barriers", null);
		content.put("enablers", null);
		content.put("lessonsLearned", c.lessons);
		content.put("indicators", List.of());
		List<Map<String, Object>> skills = new ArrayList<>();
		for (int i = 0; i < c.competences.size(); i++) {
			ObservatoryDataGenerator.Competence competence = c.competences.get(i);
			Map<String, Object> skill = new LinkedHashMap<>();
			skill.put("competenceId", competence.id());
			skill.put("competenceCode", competence.code());
			skill.put("competenceTitle", competence.title());
			skill.put("importance", 1 + c.competencePositions.get(i) % 3);
			skill.put("note", null);
			skills.add(skill);
		}
		content.put("skills", skills);
		Map<String, Object> interviewee = new LinkedHashMap<>();
		interviewee.put("role", "Project lead");
		interviewee.put("name", null);
		content.put("interviewees", List.of(interviewee));
		content.put("interviewDate", c.interviewDate().toString());
		content.put("references", null);
		content.put("label", c.label);
		content.put("scores", List.of());
		content.put("publishedAt", c.publishedAt.truncatedTo(ChronoUnit.SECONDS).toString());
		return this.json.writeValueAsString(content);
	}

	// ---------------------------------------------------------------- drawing

	private List<String> codes(String table, Map<String, Integer> weights) {
		List<String> codes = this.jdbc.sql("select code from core." + table + " order by sort_order, code")
			.query(String.class)
			.list();
		// codes outside the table of weights (a country added later) still occur, rarely
		List<String> weighted = new ArrayList<>();
		for (String code : codes) {
			for (int i = 0; i < weights.getOrDefault(code, 1); i++) {
				weighted.add(code);
			}
		}
		return weighted;
	}

	/** Codes repeated by their weight, so a uniform draw is a weighted choice. */
	private record Draws(List<String> countries, List<String> settings, List<String> technologies,
			List<String> professions) {
	}

	private GeneratedCase generate(int n, Draws draws, List<ObservatoryDataGenerator.Competence> all) {
		GeneratedCase c = new GeneratedCase();
		c.n = n;
		c.country = pick(draws.countries, "country", n);
		c.setting = pick(draws.settings, "setting", n);
		c.technologies = distinct(draws.technologies, "t", 1 + (int) (rand("technologies", n) * 3), n);
		c.professions = distinct(draws.professions, "p", 1 + (int) (rand("professions", n) * 3), n);
		double stage = rand("stage", n);
		c.stage = (stage < 0.45) ? "PILOT" : (stage < 0.8) ? "SCALING" : "MAINSTREAM";
		double label = rand("label", n);
		c.label = (label < 0.15) ? "GOOD_PRACTICE" : (label < 0.4) ? "PROMISING_PRACTICE" : null;
		c.scope = (rand("scope", n) < 0.7) ? "PUBLIC" : "ANONYMISED";
		// started between 2012 and 2025, more often recently
		c.periodStart = LocalDate.of(2012, 1, 1).plusDays((long) (5000 * Math.sqrt(rand("start", n))));
		c.daysToPublish = 40 + (int) (rand("publish", n) * 300);
		TreeSet<Integer> positions = new TreeSet<>();
		int skillCount = 2 + (int) (rand("skills", n) * 2);
		for (int i = 1; i <= skillCount; i++) {
			positions.add(1 + (int) (all.size() * Math.pow(rand("s" + i, n), 1.4)));
		}
		c.competencePositions = new ArrayList<>();
		c.competences = new ArrayList<>();
		for (int position : positions) {
			int index = Math.min(position, all.size()) - 1;
			c.competencePositions.add(position);
			c.competences.add(all.get(index));
		}
		List<String> titleWords = ObservatoryDataGenerator.WORDS;
		String word1 = titleWords.get((int) (titleWords.size() * square(rand("w1", n))));
		String word2 = titleWords.get((int) (titleWords.size() * square(rand("w2", n))));
		String t1 = words(c.technologies.get(0));
		String setting = words(c.setting);
		c.title = Character.toUpperCase(word1.charAt(0)) + word1.substring(1) + " and " + word2 + ": " + t1 + " in "
				+ setting + " (" + c.country + ")";
		c.summary = "How a " + setting + " team introduced " + t1 + " for " + words(c.professions.get(0)) + " staff: "
				+ text("summary", 10, n) + ".";
		c.problem = text("problem", 15, n);
		c.solution = text("solution", 15, n);
		c.outcomes = text("outcomes", 10, n);
		c.lessons = text("lessons", 10, n);
		c.publishedAt = LocalDate.of(2012, 1, 1)
			.atStartOfDay()
			.toInstant(ZoneOffset.UTC)
			.plus(ChronoUnit.DAYS.between(LocalDate.of(2012, 1, 1), c.periodStart) + c.daysToPublish, ChronoUnit.DAYS)
			.plus(n % 1440, ChronoUnit.MINUTES);
		return c;
	}

	private static double square(double x) {
		return x * x;
	}

	private static String words(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private String pick(List<String> weighted, String name, int n) {
		return weighted.get((int) (rand(name, n) * weighted.size()));
	}

	/** Up to {@code count} draws without repeats, the first always kept. */
	private List<String> distinct(List<String> weighted, String name, int count, int n) {
		List<String> codes = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String code = pick(weighted, name + i, n);
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	/**
	 * A text of words drawn with a skew: the first words of the vocabulary most often.
	 */
	private String text(String name, int count, int n) {
		List<String> vocabulary = ObservatoryDataGenerator.VOCABULARY;
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			if (i > 1) {
				text.append(' ');
			}
			text.append(vocabulary.get((int) (vocabulary.size() * square(rand(name, n, i)))));
		}
		return text.toString();
	}

	private double rand(String name, int n) {
		return rand(name, n, 0);
	}

	/** A number in [0, 1) fixed by the seed, the name, the case number and a position. */
	private double rand(String name, int n, int position) {
		long h = mix(this.seed ^ mix(name.hashCode() * 0x9E3779B97F4A7C15L ^ mix(n * 0xBF58476D1CE4E5B9L + position)));
		return (h >>> 11) * 0x1.0p-53;
	}

	/** SplitMix64's finaliser. */
	private static long mix(long value) {
		long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static final class GeneratedCase {

		int n;

		String country;

		String setting;

		List<String> technologies;

		List<String> professions;

		String stage;

		String label;

		String scope;

		LocalDate periodStart;

		int daysToPublish;

		List<Integer> competencePositions;

		List<ObservatoryDataGenerator.Competence> competences;

		String title;

		String summary;

		String problem;

		String solution;

		String outcomes;

		String lessons;

		Instant publishedAt;

		LocalDate interviewDate() {
			return this.periodStart.plusDays(this.daysToPublish - 20);
		}

		String organisationName() {
			return "PUBLIC".equals(this.scope) ? ObservatoryDataGenerator.ORGANISATION + this.country : null;
		}

		String body() {
			List<String> parts = new ArrayList<>();
			if (organisationName() != null) {
				parts.add(organisationName());
			}
			parts.addAll(List.of(this.problem, this.solution, this.outcomes, this.lessons));
			parts.add(String.join("\n",
					this.competences.stream().map(ObservatoryDataGenerator.Competence::title).toList()));
			parts.add("Project lead");
			return String.join("\n", parts);
		}

	}

}
