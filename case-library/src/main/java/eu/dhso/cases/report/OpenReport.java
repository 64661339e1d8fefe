package eu.dhso.cases.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.dhso.core.evidence.CitedEvidence;
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

/**
 * An Open Report: a draft whose scope, introduction and conclusions an admin edits, until
 * it is published; then its drafted body is frozen and nothing of it changes any more.
 */
@Entity
@Table(schema = "cases", name = "open_report")
public class OpenReport {

	public enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Convert(converter = CodeListConverter.class)
	private List<String> countries;

	@Convert(converter = CodeListConverter.class)
	private List<String> technologies;

	private String introduction;

	private String conclusions;

	@Convert(converter = ReportContentConverter.class)
	private ReportContent content;

	@Convert(converter = CitationListConverter.class)
	private List<CitedEvidence> citations = List.of();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Version
	private long version;

	protected OpenReport() {
	}

	public OpenReport(String title, ReportScope scope, String author, Instant at) {
		this.status = Status.DRAFT;
		this.createdBy = author;
		this.createdAt = at;
		describe(title, scope, null, null);
	}

	/** Changes the draft; a published report is a snapshot and cannot change. */
	public void describe(String title, ReportScope scope, String introduction, String conclusions) {
		requireDraft();
		this.title = title;
		this.periodFrom = scope.from();
		this.periodTo = scope.to();
		this.countries = scope.countries();
		this.technologies = scope.technologies();
		this.introduction = introduction;
		this.conclusions = conclusions;
	}

	/**
	 * Replaces the draft's citations with these, checked against the public evidence by
	 * the caller.
	 */
	public void cite(List<CitedEvidence> checked) {
		requireDraft();
		this.citations = List.copyOf(checked);
	}

	/**
	 * Freezes the body drafted from the cases as they are now, and the citations as their
	 * evidence is now: exact version, title and figure.
	 */
	public void publish(ReportContent drafted, List<CitedEvidence> frozenCitations, String admin, Instant at) {
		cite(frozenCitations);
		publish(drafted, admin, at);
	}

	/** Freezes the body drafted from the cases as they are now. */
	public void publish(ReportContent drafted, String admin, Instant at) {
		requireDraft();
		this.content = drafted;
		this.status = Status.PUBLISHED;
		this.publishedBy = admin;
		this.publishedAt = at;
	}

	/**
	 * The one change a published report accepts: consent withdrawn from a case after
	 * publication hides what the consent no longer allows (see
	 * {@link ReportContent#withConsentNarrowed}).
	 */
	public boolean honourNarrowedConsent(long caseId, boolean offline) {
		if (this.content == null || !this.content.mentions(caseId)) {
			return false;
		}
		ReportContent narrowed = this.content.withConsentNarrowed(caseId, offline);
		if (narrowed.equals(this.content)) {
			return false;
		}
		this.content = narrowed;
		return true;
	}

	private void requireDraft() {
		if (this.status == Status.PUBLISHED) {
			throw new IllegalStateException("A published report cannot change");
		}
	}

	public ReportScope scope() {
		return new ReportScope(this.periodFrom, this.periodTo, this.countries, this.technologies);
	}

	public boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public String getConclusions() {
		return this.conclusions;
	}

	/** The frozen body; empty while the report is a draft. */
	public ReportContent getContent() {
		return this.content;
	}

	/** The evidence cited, in order; frozen once the report is published. */
	public List<CitedEvidence> getCitations() {
		return (this.citations != null) ? this.citations : List.of();
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
