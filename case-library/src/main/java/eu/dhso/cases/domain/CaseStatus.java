package eu.dhso.cases.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an interview case stands in review. The allowed transitions are listed here, so
 * the aggregate cannot skip review or reopen a withdrawn case by accident.
 */
public enum CaseStatus {

	DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, ARCHIVED, WITHDRAWN;

	// ARCHIVED from the working states: only for a case under revision after publication,
	// which the aggregate checks (its public copy must be able to go offline at any time)
	private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(DRAFT,
			EnumSet.of(SUBMITTED, WITHDRAWN, ARCHIVED), SUBMITTED, EnumSet.of(IN_REVIEW, WITHDRAWN, ARCHIVED),
			IN_REVIEW, EnumSet.of(CHANGES_REQUESTED, APPROVED, WITHDRAWN, ARCHIVED), CHANGES_REQUESTED,
			EnumSet.of(SUBMITTED, WITHDRAWN, ARCHIVED), APPROVED,
			EnumSet.of(PUBLISHED, CHANGES_REQUESTED, WITHDRAWN, ARCHIVED),
			// editing a published case opens a new working revision as a draft
			PUBLISHED, EnumSet.of(DRAFT, ARCHIVED), ARCHIVED, EnumSet.noneOf(CaseStatus.class), WITHDRAWN,
			EnumSet.noneOf(CaseStatus.class));

	public boolean canMoveTo(CaseStatus target) {
		return ALLOWED.get(this).contains(target);
	}

	/** Whether the partner may change the case's fields in this state. */
	public boolean isEditableByPartner() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	public String messageKey() {
		return "cases.status." + name();
	}

}
