package eu.dhso.lab.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.disclosure.Released;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.evidence.EvidenceSource;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.evaluation.Reports.PublicEvaluation;

import org.springframework.stereotype.Component;

/**
 * Pilot evaluations as citable evidence: only of finished cohorts, whose figures no
 * longer move, and only as the public page shows them. The figure cited is the released
 * normalised learning gain; a suppressed gain leaves the evaluation citable without a
 * figure.
 */
@Component
class LabEvidenceSource implements EvidenceSource {

	private final PilotEvaluation evaluation;

	LabEvidenceSource(PilotEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	@Override
	public Set<EvidenceKind> kinds() {
		return Set.of(EvidenceKind.PILOT_EVALUATION);
	}

	@Override
	public Optional<CitedEvidence> resolve(EvidenceKind kind, String reference) {
		if (!reference.matches("\\d{1,12}")) {
			return Optional.empty();
		}
		return this.evaluation.publicEvaluation(Long.parseLong(reference)).map(LabEvidenceSource::cited);
	}

	@Override
	public List<CitedEvidence> search(EvidenceKind kind, String text, int limit) {
		String query = text.toLowerCase(Locale.ROOT);
		return this.evaluation.finishedCohorts()
			.stream()
			.filter((c) -> String.valueOf(c.id()).equals(query) || title(c).toLowerCase(Locale.ROOT).contains(query))
			.limit(limit)
			.flatMap((c) -> resolve(kind, String.valueOf(c.id())).stream())
			.toList();
	}

	private static CitedEvidence cited(PublicEvaluation evaluation) {
		CohortSummary cohort = evaluation.cohort();
		Released gain = evaluation.gain();
		String figure = gain.shown() ? gain.formatted() + " (n=" + gain.people() + ")" : null;
		return new CitedEvidence(EvidenceKind.PILOT_EVALUATION, String.valueOf(cohort.id()), title(cohort),
				cohort.endsOn().toString(), figure, "/lab/cohorts/" + cohort.id() + "/evaluation");
	}

	private static String title(CohortSummary cohort) {
		return cohort.title() + " · " + cohort.schemeTitle() + " · " + cohort.countryCode();
	}

}
