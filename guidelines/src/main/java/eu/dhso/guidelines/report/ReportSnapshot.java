package eu.dhso.guidelines.report;

import java.time.Instant;
import java.util.List;

import eu.dhso.guidelines.indicator.IndicatorSeries.Table;
import eu.dhso.guidelines.report.ReportDocument.Block;

/**
 * A report as published: its text and every embedded indicator's values as they stood at
 * publication, so the report reads the same for ever.
 */
public record ReportSnapshot(String title, String summary, List<FrozenBlock> blocks, Instant publishedAt) {

	/**
	 * A block; an indicator block carries its frozen table, or none if nothing was on
	 * record.
	 */
	public record FrozenBlock(Block block, Table table) {
	}

}
