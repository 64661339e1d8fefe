package eu.dhso.lab.evaluation;

import java.util.List;

import eu.dhso.core.disclosure.Released;
import eu.dhso.lab.cohort.CohortViews.Membership;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.CohortViews.SessionSlot;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.SchemeSnapshot;

/**
 * What the evaluation pages and PDFs show. Every figure about people is {@link Released}
 * by the kernel's disclosure control, over verified (and, for levels, consenting) people
 * only.
 */
public final class Reports {

	private Reports() {
	}

	/** The evaluation of one pilot cohort. */
	public record CohortReport(CohortSummary cohort, SchemeSnapshot version, int enrolled, int completed,
			Released attendancePercent, Released gain, Released preMean, Released postMean,
			List<CompetenceChange> competences, List<ModuleSatisfaction> modules, List<TypeSatisfaction> activityTypes,
			List<SessionAttendance> sessions) {
	}

	/**
	 * The evaluation of a finished pilot as anyone may read it: released group figures
	 * only, without comments, head counts or session attendance.
	 */
	public record PublicEvaluation(CohortSummary cohort, SchemeSnapshot version, Released attendancePercent,
			Released gain, Released preMean, Released postMean, List<CompetenceChange> competences,
			List<ModuleSatisfaction> modules, List<TypeSatisfaction> activityTypes) {

		static PublicEvaluation of(CohortReport report) {
			return new PublicEvaluation(report.cohort(), report.version(), report.attendancePercent(), report.gain(),
					report.preMean(), report.postMean(), report.competences(),
					report.modules()
						.stream()
						.map((m) -> new ModuleSatisfaction(m.moduleId(), m.position(), m.title(), m.respondents(),
								m.relevance(), m.clarity(), m.applicability(), m.facilitation(), m.overall(),
								List.of()))
						.toList(),
					report.activityTypes());
		}

	}

	public record CompetenceChange(String code, String title, Released pre, Released post) {
	}

	public record ModuleSatisfaction(long moduleId, int position, String title, Released respondents,
			Released relevance, Released clarity, Released applicability, Released facilitation, Released overall,
			List<String> comments) {
	}

	public record TypeSatisfaction(ActivityType type, Released rating) {
	}

	public record SessionAttendance(SessionSlot session, long present, long recorded) {
	}

	/**
	 * The comparison across pilots: one row per cohort, per country and for all together.
	 */
	public record PilotComparison(List<PilotRow> cohorts, List<PilotRow> countries, PilotRow total) {
	}

	public record PilotRow(Long cohortId, String label, String countryCode, int cohorts, int enrolled, int completed,
			Released gain, Released satisfaction) {
	}

	/** A participant's own view of their cohort. */
	public record OwnResult(CohortSummary cohort, Participant place, Completion completion, List<OwnLevel> levels,
			Double gain) {
	}

	public record OwnLevel(String code, String title, Integer pre, Integer post) {
	}

	/**
	 * What a cohort's trainers can see of one participant, shown to that participant:
	 * their place (name and status), attendance and completion while enrolled, and
	 * whether their levels and feedback count in the group figures (never shown one by
	 * one).
	 */
	public record TrainerView(Membership membership, Completion completion, boolean verified, boolean levelsCounted) {

		public boolean levelsConsent() {
			return this.membership.place().levelsConsent();
		}

	}

}
