package eu.dhso.guidelines.guideline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.Guideline.Draft;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.report.ReportDocument;

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

	private final EvidenceCatalogue evidence;

	private final Clock clock;

	GuidelinePublishing(Guidelines guidelines, AuditLog audit, EvidenceCatalogue evidence) {
		this.guidelines = guidelines;
		this.audit = audit;
		this.evidence = evidence;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The document with every citation checked against its evidence as it is now
	 * (reference pinned, title, version and figure filled in), or the citations that name
	 * nothing public.
	 */
	@Transactional(readOnly = true)
	public CheckedDocument check(GuidelineDocument document) {
		List<String> unknown = new ArrayList<>();
		// a reference written inside the text is never looked up: it would reach readers
		// as written
		Stream
			.concat(Stream.of(document.summary(), document.body()),
					document.recommendations().stream().map(GuidelineDocument.Recommendation::text))
			.forEach((text) -> unknown.addAll(ReportDocument.inlineReferences(text)));
		GuidelineDocument checked = document.withEvidence((e) -> {
			Optional<CitedEvidence> cited = resolve(e);
			if (cited.isEmpty()) {
				unknown.add(e.token());
				return e;
			}
			return Evidence.of(cited.get());
		});
		return new CheckedDocument(checked, List.copyOf(unknown));
	}

	/**
	 * A document whose citations were checked; {@code unknown} lists those that failed.
	 */
	public record CheckedDocument(GuidelineDocument document, List<String> unknown) {

		public boolean valid() {
			return this.unknown.isEmpty();
		}

	}

	private Optional<CitedEvidence> resolve(Evidence evidence) {
		return Optional.ofNullable(evidence.kind().core())
			.flatMap((kind) -> this.evidence.resolve(kind, evidence.reference()));
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

	/**
	 * Cites public evidence in a recommendation of the draft as the editor saw it at
	 * {@code expectedVersion}.
	 * @throws UncitableEvidenceException when the evidence is unknown or not public
	 * @throws StaleGuidelineException when someone saved the draft since
	 */
	@Transactional
	public void cite(String slug, int recommendation, EvidenceKind kind, String reference, long expectedVersion,
			String actor) {
		Guideline guideline = load(slug);
		if (guideline.getVersion() != expectedVersion) {
			throw new StaleGuidelineException(slug);
		}
		CitedEvidence cited = this.evidence.resolve(kind, reference)
			.orElseThrow(() -> new UncitableEvidenceException(kind.prefix() + ":" + reference));
		guideline.cite(recommendation, Evidence.of(cited), this.clock.instant());
		this.audit.record(actor, "GUIDELINE_CITE", "guideline", slug, "SUCCESS", cited.token());
	}

	/**
	 * Public evidence of a kind whose title or code contains the text, for the citation
	 * picker.
	 */
	@Transactional(readOnly = true)
	public List<CitedEvidence> findEvidence(EvidenceKind kind, String text) {
		return this.evidence.search(kind, text, 20);
	}

	/**
	 * Publishes the draft as the next version and closes its consultation. Every citation
	 * is frozen as its evidence is now: the exact version, title and figure.
	 * @throws UncitableEvidenceException when a citation names nothing public any more
	 */
	@Transactional
	public int publish(String slug, String changeNote, String actor) {
		Guideline guideline = load(slug);
		int number = guideline.publish(changeNote, actor, this.clock.instant(),
				(e) -> Evidence.of(resolve(e).orElseThrow(() -> new UncitableEvidenceException(e.token()))));
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
