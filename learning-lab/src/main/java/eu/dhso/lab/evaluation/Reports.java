package eu.dhso.lab.evaluation;

import java.util.List;

import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.cohort.Cohorts.Participant;
import eu.dhso.lab.cohort.Cohorts.Session;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.SchemeSnapshot;

/**
 * What the evaluation pages and PDFs show. Every figure about people is a {@link Figure}.
 */
public final class Reports {

	private Reports() {
	}

	/** The evaluation of one pilot cohort. */
	public record CohortReport(Cohort cohort, SchemeSnapshot version, int enrolled, int completed,
			Figure attendancePercent, Figure gain, Figure preMean, Figure postMean, List<CompetenceChange> competences,
			List<ModuleSatisfaction> modules, List<TypeSatisfaction> activityTypes, List<SessionAttendance> sessions) {
	}

	public record CompetenceChange(String code, String title, Figure pre, Figure post) {
	}

	public record ModuleSatisfaction(long moduleId, int position, String title, long respondents, Figure relevance,
			Figure clarity, Figure applicability, Figure facilitation, Figure overall, List<String> comments) {
	}

	public record TypeSatisfaction(ActivityType type, Figure rating) {
	}

	public record SessionAttendance(Session session, long present, long recorded) {
	}

	/**
	 * The comparison across pilots: one row per cohort, per country and for all together.
	 */
	public record PilotComparison(List<PilotRow> cohorts, List<PilotRow> countries, PilotRow total) {
	}

	public record PilotRow(Long cohortId, String label, String countryCode, int cohorts, int enrolled, int completed,
			Figure gain, Figure satisfaction) {
	}

	/** A participant's own view of their cohort. */
	public record OwnResult(Cohort cohort, Participant place, Completion completion, List<OwnLevel> levels,
			Double gain) {
	}

	public record OwnLevel(String code, String title, Integer pre, Integer post) {
	}

}
