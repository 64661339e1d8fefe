package eu.dhso.guidelines.guideline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Optional;

import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

/**
 * A guideline: a working draft editors write, may open for consultation and publish as
 * the next numbered version, which never changes again; and the comments the consultation
 * gathers.
 */
@Entity
@Table(schema = "guidelines", name = "guideline")
public class Guideline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Convert(converter = GuidelineDocumentConverter.class)
	private GuidelineDocument draft;

	@Column(name = "has_draft")
	private boolean hasDraft;

	@Column(name = "consultation_open")
	private boolean consultationOpen;

	@Column(name = "latest_version")
	private int latestVersion;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	// versions are written once and never updated: the join column is theirs alone
	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "guideline_id", insertable = false, updatable = false)
	@OrderBy("number")
	@OptimisticLock(excluded = true)
	private List<GuidelineVersion> versions = new ArrayList<>();

	// a comment does not make an editor's open draft stale
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "guideline_id", nullable = false, updatable = false)
	@OrderBy("createdAt, id")
	@OptimisticLock(excluded = true)
	private List<ConsultationComment> comments = new ArrayList<>();

	@Version
	private long version;

	protected Guideline() {
	}

	public Guideline(String slug, GuidelineDocument draft, Instant at) {
		this.slug = slug;
		this.draft = draft;
		this.hasDraft = true;
		this.createdAt = at;
		this.updatedAt = at;
	}

	public GuidelineStatus status() {
		if (!this.hasDraft) {
			return GuidelineStatus.PUBLISHED;
		}
		return this.consultationOpen ? GuidelineStatus.IN_CONSULTATION : GuidelineStatus.DRAFT;
	}

	/** Changes the draft; after a publication this starts the next version's draft. */
	public void reviseDraft(GuidelineDocument document, Instant at) {
		if (status() == GuidelineStatus.PUBLISHED) {
			moveTo(GuidelineStatus.DRAFT);
		}
		this.draft = document;
		this.updatedAt = at;
	}

	/**
	 * Adds a checked citation to a recommendation of the draft.
	 * @throws IllegalArgumentException when the draft has no such recommendation
	 */
	public void cite(int recommendation, Evidence evidence, Instant at) {
		List<GuidelineDocument.Recommendation> recommendations = new ArrayList<>(this.draft.recommendations());
		if (recommendation < 0 || recommendation >= recommendations.size()) {
			throw new IllegalArgumentException("No recommendation " + recommendation);
		}
		GuidelineDocument.Recommendation cited = recommendations.get(recommendation);
		if (cited.evidence().stream().anyMatch((e) -> e.token().equals(evidence.token()))) {
			return;
		}
		List<Evidence> evidences = new ArrayList<>(cited.evidence());
		evidences.add(evidence);
		recommendations.set(recommendation, new GuidelineDocument.Recommendation(cited.text(), evidences));
		reviseDraft(new GuidelineDocument(this.draft.title(), this.draft.audience(), this.draft.summary(),
				this.draft.body(), recommendations, this.draft.professions()), at);
	}

	public void openConsultation() {
		if (status() != GuidelineStatus.IN_CONSULTATION) {
			moveTo(GuidelineStatus.IN_CONSULTATION);
		}
	}

	public void closeConsultation() {
		if (status() == GuidelineStatus.IN_CONSULTATION) {
			moveTo(GuidelineStatus.DRAFT);
		}
	}

	/**
	 * Publishes the draft as the next version and closes its consultation.
	 * @return the new version's number
	 */
	public int publish(String changeNote, String editor, Instant at) {
		return publish(changeNote, editor, at, UnaryOperator.identity());
	}

	/**
	 * Publishes the draft with each citation frozen by {@code freeze} (its exact version
	 * and figure as they are now); only citations change, never the text.
	 * @return the new version's number
	 */
	public int publish(String changeNote, String editor, Instant at, UnaryOperator<Evidence> freeze) {
		if (changeNote == null || changeNote.isBlank()) {
			throw new IllegalArgumentException("A published version needs a change note");
		}
		GuidelineDocument frozen = this.draft.withEvidence(freeze);
		moveTo(GuidelineStatus.PUBLISHED);
		int number = this.latestVersion + 1;
		this.versions.add(new GuidelineVersion(this.id, number, frozen, changeNote, editor, at));
		this.latestVersion = number;
		this.updatedAt = at;
		return number;
	}

	private void moveTo(GuidelineStatus target) {
		GuidelineStatus from = status();
		if (!from.canMoveTo(target)) {
			throw new IllegalGuidelineTransitionException(from, target);
		}
		this.hasDraft = target != GuidelineStatus.PUBLISHED;
		this.consultationOpen = target == GuidelineStatus.IN_CONSULTATION;
	}

	/**
	 * @throws ConsultationClosedException when the draft is not open for consultation
	 * @throws IllegalArgumentException when the draft has no such section
	 */
	public void comment(int sectionIndex, Long authorAccountId, String authorName, String body, Instant at) {
		if (status() != GuidelineStatus.IN_CONSULTATION) {
			throw new ConsultationClosedException();
		}
		if (sectionIndex < 0 || sectionIndex >= this.draft.sections().size()) {
			throw new IllegalArgumentException("No section " + sectionIndex);
		}
		this.comments.add(new ConsultationComment(sectionIndex, authorAccountId, authorName, body, at));
	}

	/**
	 * Resolves a comment or hides one that breaks the rules.
	 * @return the comment, for the reply to its author
	 * @throws IllegalArgumentException when the guideline has no such comment
	 */
	public ConsultationComment moderate(long commentId, boolean hide, String resolution) {
		ConsultationComment comment = this.comments.stream()
			.filter((c) -> c.getId() != null && c.getId() == commentId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No comment " + commentId));
		comment.moderate(hide, resolution);
		return comment;
	}

	public Optional<GuidelineVersion> version(int number) {
		return this.versions.stream().filter((v) -> v.getNumber() == number).findFirst();
	}

	public Optional<GuidelineVersion> latest() {
		return version(this.latestVersion);
	}

	/** Every version, newest first. */
	public List<PublishedVersion> changelog() {
		return this.versions.stream()
			.sorted(Comparator.comparingInt(GuidelineVersion::getNumber).reversed())
			.map(this::published)
			.toList();
	}

	public PublishedVersion published(GuidelineVersion version) {
		return new PublishedVersion(this.slug, version.getNumber(), version.getContent(), version.getChangeNote(),
				version.getPublishedBy(), version.getPublishedAt());
	}

	/** Comments on the draft; hidden ones only for moderators. */
	public List<ConsultationComment.Comment> comments(boolean includeHidden) {
		return this.comments.stream()
			.filter((c) -> includeHidden || c.getStatus() != CommentStatus.HIDDEN)
			.map(ConsultationComment::toComment)
			.toList();
	}

	public Draft toDraft() {
		return new Draft(this.id, this.slug, this.draft, this.hasDraft, this.consultationOpen, this.latestVersion,
				this.version);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public GuidelineDocument getDraft() {
		return this.draft;
	}

	public int getLatestVersion() {
		return this.latestVersion;
	}

	public long getVersion() {
		return this.version;
	}

	/** The guideline's working state, as editors see it. */
	public record Draft(Long id, String slug, GuidelineDocument document, boolean hasDraft, boolean consultationOpen,
			int latestVersion, long version) {
	}

	/** A published version, as readers see it. */
	public record PublishedVersion(String slug, int number, GuidelineDocument document, String changeNote,
			String publishedBy, Instant publishedAt) {
	}

}
