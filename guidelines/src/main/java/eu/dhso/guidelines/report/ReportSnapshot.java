package eu.dhso.guidelines.report;

import java.time.Instant;
import java.util.List;

import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.indicator.IndicatorSeries.Table;
import eu.dhso.guidelines.report.ReportDocument.Block;

/**
 * A report as published: its text and every embedded indicator's values as they stood at
 * publication, so the report reads the same for ever.
 */
public record ReportSnapshot(String title, String summary, List<FrozenBlock> blocks, Instant publishedAt) {

	/**
	 * A block; an indicator block carries its frozen table (none in reports published
	 * before embeds were checked, if nothing was on record), a citation block its
	 * evidence as cited: exact version, title and figure.
	 */
	public record FrozenBlock(Block block, Table table, Evidence citation) {

		public FrozenBlock(Block block, Table table) {
			this(block, table, null);
		}

	}

}
