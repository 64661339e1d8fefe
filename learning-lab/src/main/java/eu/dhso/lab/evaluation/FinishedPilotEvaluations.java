package eu.dhso.lab.evaluation;

import java.util.List;

import eu.dhso.core.indicator.PilotEvaluationSource;
import eu.dhso.lab.cohort.CohortStatus;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.evaluation.Reports.CohortReport;

import org.springframework.stereotype.Component;

/**
 * The evaluation of every finished pilot cohort for open data: the released group figures
 * of its evaluation report, never a head count of its own, a comment or a name.
 */
@Component
class FinishedPilotEvaluations implements PilotEvaluationSource {

	private final PilotEvaluation evaluation;

	private final CohortViews cohorts;

	FinishedPilotEvaluations(PilotEvaluation evaluation, CohortViews cohorts) {
		this.evaluation = evaluation;
		this.cohorts = cohorts;
	}

	@Override
	public List<FinishedPilot> finishedPilots() {
		return this.cohorts.all()
			.stream()
			.filter((c) -> c.status(this.cohorts.today()) == CohortStatus.COMPLETED)
			.map((c) -> {
				CohortReport report = this.evaluation.report(c);
				return new FinishedPilot(c.id(), c.title(), c.schemeTitle(), c.versionNumber(), c.countryCode(),
						c.startsOn(), c.endsOn(), "/lab/cohorts/" + c.id() + "/evaluation", report.attendancePercent(),
						report.gain(), report.preMean(), report.postMean());
			})
			.toList();
	}

}
