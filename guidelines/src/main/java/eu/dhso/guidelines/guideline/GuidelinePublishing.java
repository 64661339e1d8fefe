package eu.dhso.guidelines.guideline;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.guidelines.guideline.Guideline.Draft;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and publishing guidelines: each a method of the {@link Guideline} aggregate,
 * audited here. The draft is edited with optimistic locking; publishing copies it into a
 * numbered version that is never changed again.
 */
@Service
public class GuidelinePublishing {

	private final Guidelines guidelines;

	private final AuditLog audit;

	private final Clock clock;

	GuidelinePublishing(Guidelines guidelines, AuditLog audit) {
		this.guidelines = guidelines;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public long create(String slug, GuidelineDocument document, String actor) {
		long id = this.guidelines.save(new Guideline(slug, document, this.clock.instant())).getId();
		this.audit.record(actor, "GUIDELINE_CREATE", "guideline", id, "SUCCESS", slug);
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.guidelines.existsBySlug(slug);
	}

	/**
	 * Saves the draft as the editor saw it at {@code expectedVersion}.
	 * @throws StaleGuidelineException when someone saved it since
	 */
	@Transactional
	public void saveDraft(String slug, GuidelineDocument document, long expectedVersion, String actor) {
		Guideline guideline = load(slug);
		if (guideline.getVersion() != expectedVersion) {
			throw new StaleGuidelineException(slug);
		}
		guideline.reviseDraft(document, this.clock.instant());
		this.audit.record(actor, "GUIDELINE_DRAFT", "guideline", slug, "SUCCESS", null);
	}

	/** Publishes the draft as the next version and closes its consultation. */
	@Transactional
	public int publish(String slug, String changeNote, String actor) {
		Guideline guideline = load(slug);
		int number = guideline.publish(changeNote, actor, this.clock.instant());
		this.audit.record(actor, "GUIDELINE_PUBLISH", "guideline", guideline.getId(), "SUCCESS", slug + " v" + number);
		return number;
	}

	@Transactional
	public void setConsultation(String slug, boolean open, String actor) {
		Guideline guideline = load(slug);
		if (open) {
			guideline.openConsultation();
		}
		else {
			guideline.closeConsultation();
		}
		this.audit.record(actor, open ? "GUIDELINE_CONSULTATION_OPEN" : "GUIDELINE_CONSULTATION_CLOSE", "guideline",
				slug, "SUCCESS", null);
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(String slug) {
		return this.guidelines.findBySlug(slug).map(Guideline::toDraft);
	}

	/** Every guideline with its state, for editors. */
	@Transactional(readOnly = true)
	public List<Draft> all() {
		return this.guidelines.findAllByOrderBySlug().stream().map(Guideline::toDraft).toList();
	}

	/** The latest published version of every published guideline, newest first. */
	@Transactional(readOnly = true)
	public List<PublishedVersion> published() {
		return this.guidelines.findByLatestVersionGreaterThan(0)
			.stream()
			.flatMap((g) -> g.latest().map(g::published).stream())
			.sorted(Comparator.comparing(PublishedVersion::publishedAt).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<PublishedVersion> version(String slug, int number) {
		return this.guidelines.findBySlug(slug).flatMap((g) -> g.version(number).map(g::published));
	}

	@Transactional(readOnly = true)
	public Optional<PublishedVersion> latest(String slug) {
		return this.guidelines.findBySlug(slug).flatMap((g) -> g.latest().map(g::published));
	}

	/** The changelog: every version, newest first. */
	@Transactional(readOnly = true)
	public List<PublishedVersion> versions(String slug) {
		return this.guidelines.findBySlug(slug).map(Guideline::changelog).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return this.guidelines.countByLatestVersionGreaterThan(0);
	}

	private Guideline load(String slug) {
		return this.guidelines.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No guideline " + slug));
	}

}
