package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Size;

/**
 * An administrator's decision on an application, with the version of the member it was
 * made on, so a decision on a changed member is refused instead of overwriting it.
 */
record DecisionForm(Boolean approve, @Size(max = 1000) String reason, Long version) {

	/** Declining is the default: only an explicit approval approves. */
	boolean approves() {
		return Boolean.TRUE.equals(this.approve);
	}

	String reasonOrNull() {
		return (this.reason == null || this.reason.isBlank()) ? null : this.reason.strip();
	}

}
