package eu.dhso.lab.scheme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published versions of every scheme as the public, the catalogue and the cohorts
 * read them: immutable snapshots written by {@link SchemeReview#publish}, and the
 * catalogue rows and outcome index projected from the latest of each.
 */
@Component
@Transactional(readOnly = true)
public class PublishedSchemes {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CompetenceTitles competences;

	private final OrganisationDirectory organisations;

	PublishedSchemes(JdbcClient jdbc, JsonMapper json, CompetenceTitles competences,
			OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.json = json;
		this.competences = competences;
		this.organisations = organisations;
	}

	SchemeSnapshot snapshot(SchemeDraft draft, int number, Instant at) {
		Map<String, String> titles = this.competences.byCode();
		String organisation = this.organisations.byId(draft.organisationId())
			.map(OrganisationSummary::name)
			.orElse(null);
		List<ModuleSnapshot> modules = draft.modules()
			.stream()
			.map((m) -> new ModuleSnapshot(m.id(), m.position(), m.title(), m.summary(), m.technologies(),
					m.outcomes()
						.stream()
						.map((o) -> new SchemeSnapshot.Outcome(o.competenceCode(),
								titles.getOrDefault(o.competenceCode(), o.competenceCode()), o.targetLevel(),
								o.description(), (o.id() != 0) ? o.id() : null))
						.toList(),
					m.activities()
						.stream()
						.map((a) -> new SchemeSnapshot.Activity(a.title(), a.type(), a.delivery(), a.durationMinutes(),
								a.caseId()))
						.toList()))
			.toList();
		return new SchemeSnapshot(draft.id(), number, draft.title(), draft.aims(), draft.professions(),
				draft.language(), draft.workloadHours(), draft.trainTheTrainers(), draft.changeAgents(), organisation,
				modules, at);
	}

	/**
	 * Rewrites the catalogue rows and the outcome index of a scheme from its latest
	 * version.
	 */
	@Transactional
	void project(SchemeSnapshot snapshot) {
		long id = snapshot.schemeId();
		this.jdbc.sql("delete from lab.catalogue_item where scheme_id = :id and kind in ('scheme', 'module')")
			.param("id", id)
			.update();
		this.jdbc.sql("delete from lab.published_outcome where scheme_id = :id").param("id", id).update();
		String[] professions = snapshot.professions().toArray(String[]::new);
		insertItem("scheme", id, id, snapshot.title(), snapshot.aims(),
				join(snapshot.modules()
					.stream()
					.flatMap((m) -> Stream.concat(Stream.of(m.title(), m.summary()), moduleText(m)))),
				snapshot.language(), professions, snapshot.competenceCodes().toArray(String[]::new),
				snapshot.technologies().toArray(String[]::new),
				activityFormats(snapshot.modules().stream().flatMap((m) -> m.activities().stream())),
				"/lab/schemes/" + id, snapshot.publishedAt());
		for (ModuleSnapshot module : snapshot.modules()) {
			insertItem("module", module.moduleId(), id, module.title(), module.summary(),
					join(Stream.concat(Stream.of(snapshot.title()), moduleText(module))), snapshot.language(),
					professions, module.competenceCodes().toArray(String[]::new),
					module.technologies().toArray(String[]::new), activityFormats(module.activities().stream()),
					"/lab/modules/" + module.moduleId(), snapshot.publishedAt());
			for (SchemeSnapshot.Outcome outcome : module.outcomes()) {
				this.jdbc.sql("""
						insert into lab.published_outcome (scheme_id, module_id, competence_code, target_level)
						values (:s, :m, :c, :l)""")
					.param("s", id)
					.param("m", module.moduleId())
					.param("c", outcome.competenceCode())
					.param("l", outcome.targetLevel())
					.update();
			}
		}
	}

	private static Stream<String> moduleText(ModuleSnapshot module) {
		return Stream.concat(module.outcomes().stream().flatMap((o) -> Stream.of(o.competenceTitle(), o.description())),
				module.activities().stream().map(SchemeSnapshot.Activity::title));
	}

	private static String join(Stream<String> parts) {
		return parts.filter((p) -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
	}

	/** The formats of the activities, each once, for the catalogue's format filter. */
	private static String[] activityFormats(Stream<SchemeSnapshot.Activity> activities) {
		return activities.map((a) -> a.type().format().name()).distinct().sorted().toArray(String[]::new);
	}

	private void insertItem(String kind, long refId, long schemeId, String title, String summary, String body,
			String language, String[] professions, String[] competences, String[] technologies,
			String[] activityFormats, String link, Instant at) {
		this.jdbc.sql("""
				insert into lab.catalogue_item (kind, ref_id, scheme_id, title, summary, body_text, language,
				    professions, competences, technologies, activity_formats, link, updated_at)
				values (:kind, :ref, :scheme, :title, :summary, :body, :language, :professions, :competences,
				    :technologies, :activityFormats, :link, :at)""")
			.param("kind", kind)
			.param("ref", refId)
			.param("scheme", schemeId)
			.param("title", title)
			.param("summary", (summary != null) ? summary : "")
			.param("body", body)
			.param("language", language)
			.param("professions", professions)
			.param("competences", competences)
			.param("technologies", technologies)
			.param("activityFormats", activityFormats)
			.param("link", link)
			.param("at", Timestamp.from(at))
			.update();
	}

	// ---------------------------------------------------------------- published versions

	public Optional<SchemeSnapshot> latestPublished(long schemeId) {
		return this.jdbc.sql("""
				select content from lab.scheme_version where scheme_id = :id order by number desc limit 1""")
			.param("id", schemeId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	public Optional<SchemeSnapshot> published(long schemeId, int number) {
		return this.jdbc.sql("select content from lab.scheme_version where scheme_id = :id and number = :n")
			.param("id", schemeId)
			.param("n", number)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	public Optional<PublishedVersion> version(long versionId) {
		return this.jdbc.sql("select id, content from lab.scheme_version where id = :id")
			.param("id", versionId)
			.query((rs, row) -> new PublishedVersion(rs.getLong(1), read(rs.getString(2))))
			.optional();
	}

	/** Every version number a scheme was published with, newest first. */
	public List<Integer> versionNumbers(long schemeId) {
		return this.jdbc.sql("select number from lab.scheme_version where scheme_id = :id order by number desc")
			.param("id", schemeId)
			.query(Integer.class)
			.list();
	}

	/** The latest version of every published scheme, newest first. */
	public List<PublishedVersion> latestVersions() {
		return this.jdbc.sql("""
				select distinct on (v.scheme_id) v.id, v.content, v.published_at from lab.scheme_version v
				order by v.scheme_id, v.number desc""")
			.query((rs, row) -> new PublishedVersion(rs.getLong(1), read(rs.getString(2))))
			.list()
			.stream()
			.sorted((a, b) -> b.scheme().publishedAt().compareTo(a.scheme().publishedAt()))
			.toList();
	}

	/** The latest published version holding a module, with the module. */
	public Optional<PublishedModule> publishedModule(long moduleId) {
		return this.jdbc.sql("select scheme_id from lab.catalogue_item where kind = 'module' and ref_id = :id")
			.param("id", moduleId)
			.query(Long.class)
			.optional()
			.flatMap(this::latestPublished)
			.flatMap((scheme) -> scheme.module(moduleId).map((m) -> new PublishedModule(scheme, m)));
	}

	public long publishedCount() {
		return this.jdbc.sql("select count(distinct scheme_id) from lab.scheme_version").query(Long.class).single();
	}

	public long publishedModuleCount() {
		return this.jdbc.sql("select count(*) from lab.catalogue_item where kind = 'module'")
			.query(Long.class)
			.single();
	}

	public record PublishedVersion(long versionId, SchemeSnapshot scheme) {
	}

	public record PublishedModule(SchemeSnapshot scheme, ModuleSnapshot module) {
	}

	String write(SchemeSnapshot snapshot) {
		return this.json.writeValueAsString(snapshot);
	}

	private SchemeSnapshot read(String content) {
		return this.json.readValue(content, SchemeSnapshot.class);
	}

}
