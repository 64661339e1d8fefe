package eu.dhso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns one database schema, and only its own SQL names it: another module's
 * facts come through that module's facade or an event, never through its tables. The rule
 * reads every SQL string (string literals and text blocks) of each module's main Java
 * sources and every statement of its migrations.
 */
class SchemaOwnershipTests {

	/** Maven module → the schema it owns (web-app owns none). */
	static final Map<String, String> SCHEMAS = new LinkedHashMap<>();
	static {
		SCHEMAS.put("observatory-core", "core");
		SCHEMAS.put("case-library", "cases");
		SCHEMAS.put("skills-profile", "skills");
		SCHEMAS.put("learning-lab", "lab");
		SCHEMAS.put("guidelines", "guidelines");
		SCHEMAS.put("web-app", null);
	}

	/**
	 * References in migrations applied before this rule. Flyway checksums forbid changing
	 * them; each names why it reached into core. Migrations after these may not.
	 */
	static final Map<String, Set<String>> KNOWN_IN_MIGRATIONS = Map.of(
			// Foreign keys from cases to the taxonomy, the framework and organisations.
			"cases/V2__interview_cases.sql",
			Set.of("core.care_setting", "core.competence", "core.country", "core.organisation", "core.profession",
					"core.technology"),
			// Foreign keys to accounts, organisations and countries.
			"lab/V2__learning_lab.sql", Set.of("core.country", "core.organisation", "core.user_account"),
			"lab/V3__consent_and_invitations.sql", Set.of("core.user_account"),
			// Foreign keys, and the starter role profiles seeded from the starter
			// framework.
			"skills/V2__role_profiles.sql",
			Set.of("core.care_setting", "core.competence", "core.competence_area", "core.framework_version",
					"core.profession"),
			// Foreign keys, and the starter instrument generated from the starter
			// framework.
			"skills/V3__self_assessment.sql",
			Set.of("core.care_setting", "core.competence", "core.competence_area", "core.country",
					"core.framework_version", "core.profession", "core.user_account"),
			"skills/V4__rater_invitations.sql", Set.of("core.competence", "core.user_account"),
			// One-time back-fill of skills.assessment.counted; since then AccountVerified
			// keeps it.
			"skills/V7__verified_respondents_and_independent_raters.sql", Set.of("core.user_account"));

	/**
	 * Java SQL that names another module's schema: none since the lab's cohort rework.
	 */
	static final Map<String, Set<String>> KNOWN_IN_JAVA = Map.of();

	private static final Path ROOT = Path.of("..");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/** A statement: prose that merely says "from" is not one. */
	private static final Pattern SQL = Pattern.compile("(?is).*(\\bselect\\b.+\\bfrom\\b|\\binsert\\s+into\\b"
			+ "|\\bupdate\\s+\\S+\\s+set\\b|\\bdelete\\s+from\\b|\\bjoin\\b|\\breferences\\b"
			+ "|\\b(create|alter|drop|truncate)\\s+(table|view|index|function|trigger|sequence)\\b).*");

	private static final Pattern REFERENCE = Pattern
		.compile("(?<![\\w.:])(core|cases|skills|lab|guidelines)\\.([a-z_][a-z0-9_]*)\\b");

	private static final Pattern CREATED = Pattern.compile(
			"(?i)create\\s+(?:or\\s+replace\\s+)?(?:unique\\s+)?(?:table|view|materialized\\s+view|function|sequence|type|index)"
					+ "\\s+(?:if\\s+not\\s+exists\\s+)?(?:[a-z_0-9]+\\s+on\\s+)?(core|cases|skills|lab|guidelines)\\.([a-z_][a-z0-9_]*)");

	@Test
	void noModulesSqlNamesAnotherModulesSchema() {
		Map<String, Set<String>> objects = schemaObjects();
		List<String> violations = new ArrayList<>();
		SCHEMAS.forEach((module, schema) -> javaSources(module).forEach((file) -> {
			String key = ROOT.resolve(module).resolve("src/main/java/eu/dhso").relativize(file).toString();
			Set<String> found = foreignReferencesInJava(read(file), schema, objects);
			found.removeAll(KNOWN_IN_JAVA.getOrDefault(key, Set.of()));
			found.forEach((reference) -> violations.add(module + "/" + key + ": " + reference));
		}));
		assertThat(violations).as("SQL in Java that names another module's schema").isEmpty();
	}

	@Test
	void noMigrationNamesAnotherModulesSchemaBeyondTheOnesAlreadyApplied() {
		List<String> violations = new ArrayList<>();
		Map<String, Set<String>> seen = new HashMap<>();
		SCHEMAS.forEach((module, schema) -> migrations(module).forEach((file) -> {
			String key = file.getParent().getFileName() + "/" + file.getFileName();
			String folderSchema = file.getParent().getFileName().toString();
			if (folderSchema.equals("__root")) {
				return;
			}
			Set<String> found = foreignReferencesInMigration(read(file), folderSchema);
			seen.put(key, new TreeSet<>(found));
			found.removeAll(KNOWN_IN_MIGRATIONS.getOrDefault(key, Set.of()));
			found.forEach((reference) -> violations.add(key + ": " + reference));
		}));
		assertThat(violations).as("migrations that name another module's schema").isEmpty();
		// The known list stays exact: applied migrations never change, so a stale line is
		// a typo.
		KNOWN_IN_MIGRATIONS.forEach((key, references) -> assertThat(seen.get(key)).as(key).isEqualTo(references));
	}

	@Test
	void theRuleCatchesAPlantedCrossSchemaReference() {
		Map<String, Set<String>> objects = Map.of("core", Set.of("user_account"), "skills", Set.of("assessment"));
		String planted = """
				class Planted {
					String label = "skills.assessment.title";
					String sql = \"""
							select count(*) from cases.interview_case c
							join core.user_account u on u.id = c.author_id\""";
					String inline = "select 1 from skills.assessment";
				}
				""";
		assertThat(foreignReferencesInJava(planted, "cases", objects)).containsExactly("core.user_account",
				"skills.assessment");
		assertThat(foreignReferencesInJava(planted, "core", objects)).containsExactly("cases.interview_case",
				"skills.assessment");
		assertThat(foreignReferencesInMigration("""
				-- a comment may mention core.user_account
				create table skills.reviewer (account_id bigint references core.user_account(id));
				""", "skills")).containsExactly("core.user_account");
	}

	/**
	 * References to another schema in SQL strings: any {@code schema.name} in a string
	 * that reads as SQL, or that names an object another module's migrations create (a
	 * message key such as {@code skills.assessment.title} does neither).
	 */
	static Set<String> foreignReferencesInJava(String source, String ownSchema, Map<String, Set<String>> objects) {
		Set<String> found = new TreeSet<>();
		Matcher literal = STRING.matcher(withoutComments(source));
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			boolean sql = text.contains(" ") && SQL.matcher(text).matches();
			Matcher reference = REFERENCE.matcher(text);
			while (reference.find()) {
				String schema = reference.group(1);
				String name = reference.group(2);
				boolean known = objects.getOrDefault(schema, Set.of()).contains(name)
						&& (text.length() == reference.group().length() || sql);
				if (!schema.equals(ownSchema) && (sql || known)) {
					found.add(schema + "." + name);
				}
			}
		}
		return found;
	}

	static Set<String> foreignReferencesInMigration(String sql, String ownSchema) {
		Set<String> found = new TreeSet<>();
		Matcher reference = REFERENCE.matcher(sql.replaceAll("--[^\\n]*", ""));
		while (reference.find()) {
			if (!reference.group(1).equals(ownSchema)) {
				found.add(reference.group(1) + "." + reference.group(2));
			}
		}
		return found;
	}

	private static String withoutComments(String source) {
		// Block comments and whole-line comments; a "//" inside a string stays (URLs).
		return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//[^\\n]*", "");
	}

	private static Map<String, Set<String>> schemaObjects() {
		Map<String, Set<String>> objects = new HashMap<>();
		SCHEMAS.keySet().forEach((module) -> migrations(module).forEach((file) -> {
			Matcher created = CREATED.matcher(read(file));
			while (created.find()) {
				objects.computeIfAbsent(created.group(1), (s) -> new TreeSet<>()).add(created.group(2));
			}
		}));
		return objects;
	}

	private static List<Path> javaSources(String module) {
		return files(ROOT.resolve(module).resolve("src/main/java"), ".java");
	}

	private static List<Path> migrations(String module) {
		return files(ROOT.resolve(module).resolve("src/main/resources/db/migration"), ".sql");
	}

	private static List<Path> files(Path root, String suffix) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
