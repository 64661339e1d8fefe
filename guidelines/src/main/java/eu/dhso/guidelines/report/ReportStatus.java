package eu.dhso.guidelines.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an observatory report stands. A published report is never edited or deleted; it
 * may only be withdrawn, with a notice, so its address keeps answering.
 */
public enum ReportStatus {

	DRAFT, PUBLISHED, WITHDRAWN;

	private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(DRAFT, EnumSet.of(PUBLISHED), PUBLISHED,
			EnumSet.of(WITHDRAWN), WITHDRAWN, EnumSet.noneOf(ReportStatus.class));

	public boolean canMoveTo(ReportStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
