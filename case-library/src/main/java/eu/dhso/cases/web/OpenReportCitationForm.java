package eu.dhso.cases.web;

import eu.dhso.core.evidence.EvidenceKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One piece of evidence cited in an Open Report draft, with the draft's version as seen.
 */
record OpenReportCitationForm(@NotNull EvidenceKind kind, @NotNull @Size(max = 200) String reference,
		@NotNull Long version) {

}
