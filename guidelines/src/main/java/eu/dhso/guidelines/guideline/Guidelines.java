package eu.dhso.guidelines.guideline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidelines and their versions. The draft is edited in place (with optimistic locking);
 * publishing copies it into a numbered version that is never changed again.
 */
@Service
public class Guidelines {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditLog audit;

	private final Clock clock;

	Guidelines(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public long create(String slug, GuidelineDocument document, String actor) {
		long id = this.jdbc.sql("insert into guidelines.guideline (slug, draft) values (:slug, :draft) returning id")
			.param("slug", slug)
			.param("draft", this.json.writeValueAsString(document))
			.query(Long.class)
			.single();
		this.audit.record(actor, "GUIDELINE_CREATE", "guideline", id, "SUCCESS", slug);
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.jdbc.sql("select count(*) from guidelines.guideline where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public void saveDraft(String slug, GuidelineDocument document, long expectedVersion, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.guideline set draft = :draft, has_draft = true, updated_at = now(),
				    version = version + 1
				where slug = :slug and version = :version
				""")
			.param("draft", this.json.writeValueAsString(document))
			.param("slug", slug)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Guideline " + slug + " changed meanwhile");
		}
		this.audit.record(actor, "GUIDELINE_DRAFT", "guideline", slug, "SUCCESS", null);
	}

	/** Publishes the draft as the next version and closes its consultation. */
	@Transactional
	public int publish(String slug, String changeNote, String actor) {
		Draft draft = draft(slug).filter(Draft::hasDraft)
			.orElseThrow(() -> new IllegalStateException("No draft to publish for " + slug));
		int number = draft.latestVersion() + 1;
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into guidelines.guideline_version (guideline_id, number, content, change_note, published_by,
				    published_at)
				values (:id, :number, :content, :note, :actor, :at)
				""")
			.param("id", draft.id())
			.param("number", number)
			.param("content", this.json.writeValueAsString(draft.document()))
			.param("note", changeNote)
			.param("actor", actor)
			.param("at", Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				update guidelines.guideline set latest_version = :number, has_draft = false,
				    consultation_open = false, version = version + 1, updated_at = now() where id = :id
				""").param("number", number).param("id", draft.id()).update();
		this.audit.record(actor, "GUIDELINE_PUBLISH", "guideline", draft.id(), "SUCCESS", slug + " v" + number);
		return number;
	}

	@Transactional
	public void setConsultation(String slug, boolean open, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.guideline set consultation_open = :open, version = version + 1
				where slug = :slug and (has_draft or not :open)
				""").param("open", open).param("slug", slug).update();
		if (updated == 0) {
			throw new IllegalStateException("No draft of " + slug + " to consult on");
		}
		this.audit.record(actor, open ? "GUIDELINE_CONSULTATION_OPEN" : "GUIDELINE_CONSULTATION_CLOSE", "guideline",
				slug, "SUCCESS", null);
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(String slug) {
		return this.jdbc.sql("""
				select id, slug, draft, has_draft, consultation_open, latest_version, version
				from guidelines.guideline where slug = :slug
				""")
			.param("slug", slug)
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getString("slug"),
					this.json.readValue(rs.getString("draft"), GuidelineDocument.class), rs.getBoolean("has_draft"),
					rs.getBoolean("consultation_open"), rs.getInt("latest_version"), rs.getLong("version")))
			.optional();
	}

	/** Every guideline with its state, for editors. */
	@Transactional(readOnly = true)
	public List<Draft> all() {
		return this.jdbc.sql("""
				select id, slug, draft, has_draft, consultation_open, latest_version, version
				from guidelines.guideline order by slug
				""")
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getString("slug"),
					this.json.readValue(rs.getString("draft"), GuidelineDocument.class), rs.getBoolean("has_draft"),
					rs.getBoolean("consultation_open"), rs.getInt("latest_version"), rs.getLong("version")))
			.list();
	}

	/** The latest published version of every published guideline, newest first. */
	@Transactional(readOnly = true)
	public List<Version> published() {
		return this.jdbc.sql("""
				select g.slug, v.* from guidelines.guideline g
				join guidelines.guideline_version v on v.guideline_id = g.id and v.number = g.latest_version
				order by v.published_at desc, g.id desc
				""").query((rs, row) -> version(rs)).list();
	}

	@Transactional(readOnly = true)
	public Optional<Version> version(String slug, int number) {
		return this.jdbc.sql("""
				select g.slug, v.* from guidelines.guideline g
				join guidelines.guideline_version v on v.guideline_id = g.id
				where g.slug = :slug and v.number = :number
				""").param("slug", slug).param("number", number).query((rs, row) -> version(rs)).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Version> latest(String slug) {
		return this.jdbc.sql("""
				select g.slug, v.* from guidelines.guideline g
				join guidelines.guideline_version v on v.guideline_id = g.id and v.number = g.latest_version
				where g.slug = :slug
				""").param("slug", slug).query((rs, row) -> version(rs)).optional();
	}

	/** The changelog: every version, newest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(String slug) {
		return this.jdbc.sql("""
				select g.slug, v.* from guidelines.guideline g
				join guidelines.guideline_version v on v.guideline_id = g.id
				where g.slug = :slug order by v.number desc
				""").param("slug", slug).query((rs, row) -> version(rs)).list();
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return this.jdbc.sql("select count(*) from guidelines.guideline where latest_version > 0")
			.query(Long.class)
			.single();
	}

	private Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Version(rs.getString("slug"), rs.getInt("number"),
				this.json.readValue(rs.getString("content"), GuidelineDocument.class), rs.getString("change_note"),
				rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
	}

	public record Draft(long id, String slug, GuidelineDocument document, boolean hasDraft, boolean consultationOpen,
			int latestVersion, long version) {
	}

	public record Version(String slug, int number, GuidelineDocument document, String changeNote, String publishedBy,
			Instant publishedAt) {
	}

}
