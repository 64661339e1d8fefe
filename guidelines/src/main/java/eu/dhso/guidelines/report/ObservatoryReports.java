package eu.dhso.guidelines.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.report.ReportDocument.BlockKind;
import eu.dhso.guidelines.report.ReportSnapshot.FrozenBlock;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observatory reports: drafts administrators compose, published as a frozen snapshot,
 * withdrawn with a notice but never deleted, so their address keeps answering.
 */
@Service
public class ObservatoryReports {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final IndicatorSeries indicators;

	private final AuditLog audit;

	ObservatoryReports(JdbcClient jdbc, JsonMapper json, IndicatorSeries indicators, AuditLog audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.indicators = indicators;
		this.audit = audit;
	}

	@Transactional
	public long create(String slug, ReportDocument document, String actor) {
		long id = this.jdbc.sql("insert into guidelines.report (slug, draft) values (:slug, :draft) returning id")
			.param("slug", slug)
			.param("draft", this.json.writeValueAsString(document))
			.query(Long.class)
			.single();
		this.audit.record(actor, "REPORT_CREATE", "report", id, "SUCCESS", slug);
		return id;
	}

	@Transactional
	public void saveDraft(long id, ReportDocument document, long expectedVersion, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.report set draft = :draft, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("draft", this.json.writeValueAsString(document))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Report " + id + " changed meanwhile or is published");
		}
		this.audit.record(actor, "REPORT_DRAFT", "report", id, "SUCCESS", null);
	}

	/**
	 * Freezes the draft with the current indicator values; a published report never
	 * changes.
	 */
	@Transactional
	public ReportSnapshot publish(long id, String actor) {
		Report report = find(id).filter((r) -> r.status() == ReportStatus.DRAFT)
			.orElseThrow(() -> new IllegalStateException("Report " + id + " is not a draft"));
		Instant now = Instant.now();
		List<FrozenBlock> blocks = report.draft()
			.blocks()
			.stream()
			.map((b) -> new FrozenBlock(b,
					(b.kind() == BlockKind.INDICATOR) ? this.indicators.latest(b.indicator(), b.country()).orElse(null)
							: null))
			.toList();
		ReportSnapshot snapshot = new ReportSnapshot(report.draft().title(), report.draft().summary(), blocks, now);
		this.jdbc.sql("""
				update guidelines.report set snapshot = :snapshot, status = 'PUBLISHED', published_at = :at,
				    published_by = :actor, version = version + 1 where id = :id and status = 'DRAFT'
				""")
			.param("snapshot", this.json.writeValueAsString(snapshot))
			.param("at", Timestamp.from(now))
			.param("actor", actor)
			.param("id", id)
			.update();
		this.audit.record(actor, "REPORT_PUBLISH", "report", id, "SUCCESS", report.slug());
		return snapshot;
	}

	@Transactional
	public void withdraw(long id, String note, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.report set status = 'WITHDRAWN', withdrawn_at = now(), withdrawal_note = :note,
				    version = version + 1 where id = :id and status = 'PUBLISHED'
				""").param("note", note).param("id", id).update();
		if (updated == 0) {
			throw new IllegalStateException("Report " + id + " is not published");
		}
		this.audit.record(actor, "REPORT_WITHDRAW", "report", id, "SUCCESS", note);
	}

	@Transactional(readOnly = true)
	public Optional<Report> find(long id) {
		return query("where id = :id", "id", id).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<Report> findBySlug(String slug) {
		return query("where slug = :slug", "slug", slug).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return findBySlug(slug).isPresent();
	}

	/** Published and withdrawn reports, newest first. */
	@Transactional(readOnly = true)
	public List<Report> released() {
		return query("where status <> 'DRAFT' order by published_at desc, id desc", null, null);
	}

	@Transactional(readOnly = true)
	public List<Report> all() {
		return query("order by status, id desc", null, null);
	}

	private List<Report> query(String where, String name, Object value) {
		var spec = this.jdbc.sql("""
				select id, slug, draft, snapshot, status, published_at, withdrawn_at, withdrawal_note, version
				from guidelines.report
				""" + where);
		if (name != null) {
			spec = spec.param(name, value);
		}
		return spec.query((rs, row) -> {
			String snapshot = rs.getString("snapshot");
			Timestamp published = rs.getTimestamp("published_at");
			Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
			return new Report(rs.getLong("id"), rs.getString("slug"),
					this.json.readValue(rs.getString("draft"), ReportDocument.class),
					(snapshot != null) ? this.json.readValue(snapshot, ReportSnapshot.class) : null,
					ReportStatus.valueOf(rs.getString("status")), (published != null) ? published.toInstant() : null,
					(withdrawn != null) ? withdrawn.toInstant() : null, rs.getString("withdrawal_note"),
					rs.getLong("version"));
		}).list();
	}

	public record Report(long id, String slug, ReportDocument draft, ReportSnapshot snapshot, ReportStatus status,
			Instant publishedAt, Instant withdrawnAt, String withdrawalNote, long version) {

		public String title() {
			return (this.snapshot != null) ? this.snapshot.title() : this.draft.title();
		}

	}

	public enum ReportStatus {

		DRAFT, PUBLISHED, WITHDRAWN

	}

}
