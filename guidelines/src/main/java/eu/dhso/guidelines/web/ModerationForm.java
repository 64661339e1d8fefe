package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Size;

/** An editor resolves a consultation comment, or hides it for breaking the rules. */
record ModerationForm(Boolean hide, @Size(max = 1000) String resolution) {

	/** Resolving is the default: hiding is the explicit choice. */
	boolean hidden() {
		return Boolean.TRUE.equals(this.hide);
	}

	String resolutionOrNull() {
		return (this.resolution == null || this.resolution.isBlank()) ? null : this.resolution.strip();
	}

}
