package eu.dhso.guidelines.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.UncitableEvidenceException;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.report.ReportDocument.Block;
import eu.dhso.guidelines.report.ReportDocument.BlockKind;
import eu.dhso.guidelines.report.ReportSnapshot.FrozenBlock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing, publishing and withdrawing observatory reports: each a method of the
 * {@link ObservatoryReport} aggregate, audited here. Publishing looks up the indicator
 * values the report embeds, which the aggregate then freezes.
 */
@Service
public class ReportPublishing {

	private final ObservatoryReports reports;

	private final IndicatorSeries indicators;

	private final AuditLog audit;

	private final EvidenceCatalogue evidence;

	private final Clock clock;

	ReportPublishing(ObservatoryReports reports, IndicatorSeries indicators, AuditLog audit,
			EvidenceCatalogue evidence) {
		this.reports = reports;
		this.indicators = indicators;
		this.audit = audit;
		this.evidence = evidence;
		this.clock = Clock.systemUTC();
	}

	/**
	 * What the report cites that the public cannot see: embedded indicators with no value
	 * on record and citations of unknown or non-public evidence, as written.
	 */
	@Transactional(readOnly = true)
	public List<String> unknownEvidence(ReportDocument document) {
		// a reference written inside text is never looked up, so it would reach readers
		// as
		// written
		List<String> unknown = new ArrayList<>(ReportDocument.inlineReferences(document.summary()));
		for (Block block : document.blocks()) {
			if (block.kind() == BlockKind.TEXT || block.kind() == BlockKind.HEADING) {
				unknown.addAll(ReportDocument.inlineReferences(block.text()));
			}
			if (block.kind() == BlockKind.INDICATOR
					&& this.indicators.latest(block.indicator(), block.country()).isEmpty()) {
				unknown
					.add("indicator:" + block.indicator() + ((block.country() != null) ? ":" + block.country() : ""));
			}
			if (block.kind() == BlockKind.CITATION && cited(block.text()).isEmpty()) {
				unknown.add(block.text());
			}
		}
		return unknown;
	}

	private Optional<Evidence> cited(String token) {
		return this.evidence.resolve(token).map(Evidence::of);
	}

	@Transactional
	public long create(String slug, ReportDocument document, String actor) {
		long id = this.reports.save(new ObservatoryReport(slug, document)).getId();
		this.audit.record(actor, "REPORT_CREATE", "report", id, "SUCCESS", slug);
		return id;
	}

	/**
	 * Saves the draft as the administrator saw it at {@code expectedVersion}.
	 * @throws StaleReportDraftException when someone saved it since
	 */
	@Transactional
	public void saveDraft(long id, ReportDocument document, long expectedVersion, String actor) {
		ObservatoryReport report = load(id);
		if (report.getVersion() != expectedVersion) {
			throw new StaleReportDraftException(id);
		}
		report.revise(document);
		this.audit.record(actor, "REPORT_DRAFT", "report", id, "SUCCESS", null);
	}

	/**
	 * Freezes the draft with the current indicator values and the cited evidence as it is
	 * now.
	 * @throws UncitableEvidenceException when an embed or a citation names nothing public
	 */
	@Transactional
	public ReportSnapshot publish(long id, String actor) {
		ObservatoryReport report = load(id);
		List<FrozenBlock> blocks = report.getDraft().blocks().stream().map(this::freeze).toList();
		ReportSnapshot snapshot = report.publish(blocks, actor, this.clock.instant());
		this.audit.record(actor, "REPORT_PUBLISH", "report", id, "SUCCESS", report.getSlug());
		return snapshot;
	}

	private FrozenBlock freeze(Block block) {
		return switch (block.kind()) {
			case INDICATOR -> new FrozenBlock(block, this.indicators.latest(block.indicator(), block.country())
				.orElseThrow(() -> new UncitableEvidenceException("indicator:" + block.indicator())));
			case CITATION -> new FrozenBlock(block, null,
					cited(block.text()).orElseThrow(() -> new UncitableEvidenceException(block.text())));
			default -> new FrozenBlock(block, null);
		};
	}

	/**
	 * Cites public evidence at the end of the draft's body, as the administrator saw the
	 * draft at {@code expectedVersion}, pinned to the version or period shown now.
	 * @throws UncitableEvidenceException when the evidence is unknown or not public
	 * @throws StaleReportDraftException when someone saved the draft since
	 */
	@Transactional
	public void cite(long id, EvidenceKind kind, String reference, long expectedVersion, String actor) {
		ObservatoryReport report = load(id);
		if (report.getVersion() != expectedVersion) {
			throw new StaleReportDraftException(id);
		}
		CitedEvidence cited = this.evidence.resolve(kind, reference)
			.orElseThrow(() -> new UncitableEvidenceException(kind.prefix() + ":" + reference));
		ReportDocument draft = report.getDraft();
		String body = (draft.body() != null) ? draft.body().stripTrailing() : "";
		report
			.revise(new ReportDocument(draft.title(), draft.summary(), body + "\n\n{{cite:" + cited.token() + "}}\n"));
		this.audit.record(actor, "REPORT_CITE", "report", id, "SUCCESS", cited.token());
	}

	/**
	 * Public evidence of a kind whose title or code contains the text, for the picker.
	 */
	@Transactional(readOnly = true)
	public List<CitedEvidence> findEvidence(EvidenceKind kind, String text) {
		return this.evidence.search(kind, text, 20);
	}

	@Transactional
	public void withdraw(long id, String note, String actor) {
		load(id).withdraw(note, this.clock.instant());
		this.audit.record(actor, "REPORT_WITHDRAW", "report", id, "SUCCESS", note);
	}

	@Transactional(readOnly = true)
	public Optional<Report> find(long id) {
		return this.reports.findById(id).map(ObservatoryReport::toReport);
	}

	@Transactional(readOnly = true)
	public Optional<Report> findBySlug(String slug) {
		return this.reports.findBySlug(slug).map(ObservatoryReport::toReport);
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.reports.existsBySlug(slug);
	}

	/** Published and withdrawn reports, newest first. */
	@Transactional(readOnly = true)
	public List<Report> released() {
		return this.reports.findByStatusNotOrderByPublishedAtDescIdDesc(ReportStatus.DRAFT)
			.stream()
			.map(ObservatoryReport::toReport)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Report> all() {
		return this.reports.findAllByOrderByStatusAscIdDesc().stream().map(ObservatoryReport::toReport).toList();
	}

	private ObservatoryReport load(long id) {
		return this.reports.findById(id).orElseThrow(() -> new IllegalArgumentException("No report " + id));
	}

}
