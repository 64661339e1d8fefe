package eu.dhso.core.account.web;

import jakarta.validation.constraints.Size;

/**
 * An administrator's decision on a role request: approving names the organisation the
 * role works for, declining gives the registrant a reason.
 */
record RoleDecisionForm(Boolean approve, Long organisationId, @Size(max = 1000) String reason) {

	/** Declining is the default: only an explicit approval approves. */
	boolean approves() {
		return Boolean.TRUE.equals(this.approve);
	}

	String reasonOrNull() {
		return (this.reason == null || this.reason.isBlank()) ? null : this.reason.strip();
	}

}
