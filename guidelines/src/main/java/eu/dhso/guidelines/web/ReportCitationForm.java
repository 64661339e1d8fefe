package eu.dhso.guidelines.web;

import eu.dhso.core.evidence.EvidenceKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One piece of evidence cited in a report draft, with the draft's version as seen. */
record ReportCitationForm(@NotNull EvidenceKind kind, @NotNull @Size(max = 200) String reference,
		@NotNull Long version) {

}
