package eu.dhso.guidelines.web;

import eu.dhso.core.evidence.EvidenceKind;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One piece of evidence cited in a recommendation of the draft, with the version of the
 * draft the picker was opened on.
 */
record CitationForm(@NotNull EvidenceKind kind, @NotNull @Size(max = 200) String reference,
		@NotNull @Min(0) Integer recommendation, @NotNull Long version) {

}
