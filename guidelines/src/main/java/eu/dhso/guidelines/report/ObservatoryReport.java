package eu.dhso.guidelines.report;

import java.time.Instant;
import java.util.List;

import eu.dhso.guidelines.report.ReportSnapshot.FrozenBlock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * An observatory report: a draft administrators compose, published as a snapshot that
 * freezes every embedded indicator's values, withdrawn with a notice but never deleted.
 */
@Entity
@Table(schema = "guidelines", name = "report")
// only changed columns are written: the database refuses any write to a frozen snapshot
@DynamicUpdate
public class ObservatoryReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Convert(converter = JsonColumn.DocumentConverter.class)
	private ReportDocument draft;

	@Convert(converter = JsonColumn.SnapshotConverter.class)
	private ReportSnapshot snapshot;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawal_note")
	private String withdrawalNote;

	@Version
	private long version;

	protected ObservatoryReport() {
	}

	public ObservatoryReport(String slug, ReportDocument draft) {
		this.slug = slug;
		this.draft = draft;
		this.status = ReportStatus.DRAFT;
	}

	/** Changes the draft; a published report reads the same for ever. */
	public void revise(ReportDocument draft) {
		if (this.status != ReportStatus.DRAFT) {
			throw new IllegalReportTransitionException("Only a draft report can be revised");
		}
		this.draft = draft;
	}

	/**
	 * Publishes the draft with the indicator values given for its blocks, frozen from now
	 * on.
	 */
	public ReportSnapshot publish(List<FrozenBlock> frozenBlocks, String admin, Instant at) {
		moveTo(ReportStatus.PUBLISHED);
		this.snapshot = new ReportSnapshot(this.draft.title(), this.draft.summary(), frozenBlocks, at);
		this.publishedAt = at;
		this.publishedBy = admin;
		return this.snapshot;
	}

	/** Withdraws a published report; readers are told why. */
	public void withdraw(String note, Instant at) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A withdrawal needs a notice");
		}
		moveTo(ReportStatus.WITHDRAWN);
		this.withdrawnAt = at;
		this.withdrawalNote = note;
	}

	private void moveTo(ReportStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalReportTransitionException(this.status, target);
		}
		this.status = target;
	}

	public Report toReport() {
		return new Report(this.id, this.slug, this.draft, this.snapshot, this.status, this.publishedAt,
				this.withdrawnAt, this.withdrawalNote, this.version);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public ReportDocument getDraft() {
		return this.draft;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

}
