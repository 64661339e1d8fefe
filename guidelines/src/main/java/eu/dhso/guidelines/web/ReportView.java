package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Table;
import eu.dhso.guidelines.report.ReportDocument;
import eu.dhso.guidelines.report.ReportDocument.Block;
import eu.dhso.guidelines.report.ReportDocument.BlockKind;
import eu.dhso.guidelines.report.ReportSnapshot;
import eu.dhso.guidelines.text.Markdown;

/**
 * A report's blocks as pages show them: Markdown rendered safely, indicators as tables.
 */
record ReportView(String title, String summaryHtml, List<RenderedBlock> blocks) {

	/**
	 * A published report: its frozen values. An embed frozen without values (published
	 * before embeds were checked) is left out rather than shown as an unknown code.
	 */
	static ReportView of(ReportSnapshot snapshot, Markdown markdown) {
		return new ReportView(snapshot.title(), markdown.toSafeHtml(snapshot.summary()),
				snapshot.blocks()
					.stream()
					.filter((b) -> b.block().kind() != BlockKind.INDICATOR || b.table() != null)
					.map((b) -> RenderedBlock.of(b.block(), b.table(), b.citation(), markdown))
					.toList());
	}

	/** A draft: the indicators' live values. */
	static ReportView live(ReportDocument draft, IndicatorSeries indicators, Markdown markdown) {
		return new ReportView(draft.title(), markdown.toSafeHtml(draft.summary()), draft.blocks()
			.stream()
			.map((b) -> RenderedBlock.of(b,
					(b.kind() == BlockKind.INDICATOR) ? indicators.latest(b.indicator(), b.country()).orElse(null)
							: null,
					null, markdown))
			.toList());
	}

	/**
	 * A block to show; a draft's citation is shown as written until publication freezes
	 * it.
	 */
	record RenderedBlock(BlockKind kind, String heading, String html, String indicator, Table table,
			Evidence citation) {

		static RenderedBlock of(Block block, Table table, Evidence citation, Markdown markdown) {
			return switch (block.kind()) {
				case HEADING -> new RenderedBlock(block.kind(), block.text(), null, null, null, null);
				case TEXT -> new RenderedBlock(block.kind(), null, markdown.toSafeHtml(block.text()), null, null, null);
				case INDICATOR -> new RenderedBlock(block.kind(), null, null, block.indicator(), table, null);
				case CITATION -> new RenderedBlock(block.kind(), null, null, null, null,
						(citation != null) ? citation : written(block.text()));
			};
		}

		private static Evidence written(String token) {
			int colon = token.indexOf(':');
			EvidenceKind kind = EvidenceKind.ofPrefix(token.substring(0, colon));
			return (kind != null) ? new Evidence(kind, token.substring(colon + 1)) : null;
		}

	}

}
