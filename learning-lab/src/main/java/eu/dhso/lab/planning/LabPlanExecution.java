package eu.dhso.lab.planning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.planning.PlanExecutionSource;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.evaluation.PooledEvaluation;
import eu.dhso.lab.evaluation.PooledEvaluation.Pooled;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning lab's side of regional training plans: the schemes and cohorts a plan may
 * link, and what the linked cohorts achieved, pooled and released through the disclosure
 * control.
 */
@Component
@Transactional(readOnly = true)
class LabPlanExecution implements PlanExecutionSource {

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final PooledEvaluation pooled;

	private final OrganisationDirectory organisations;

	LabPlanExecution(JdbcClient jdbc, CohortViews cohorts, PooledEvaluation pooled,
			OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.pooled = pooled;
		this.organisations = organisations;
	}

	@Override
	public List<PublishedScheme> publishedSchemes() {
		return this.jdbc
			.sql("select id, title, organisation_id from lab.scheme where published_version > 0 order by title, id")
			.query((rs, n) -> {
				long id = rs.getLong("id");
				Long organisation = (Long) rs.getObject("organisation_id");
				String country = this.organisations.byId(organisation)
					.map(OrganisationSummary::countryCode)
					.orElse(null);
				return new PublishedScheme(id, rs.getString("title"), country, "/lab/schemes/" + id);
			})
			.list();
	}

	@Override
	public List<PlanCohort> cohorts() {
		return this.cohorts.all().stream().map(this::cohort).toList();
	}

	@Override
	public Execution execution(Collection<Long> cohortIds) {
		List<CohortSummary> linked = cohortIds.stream()
			.distinct()
			.map(this.cohorts::find)
			.flatMap(Optional::stream)
			.toList();
		if (linked.isEmpty()) {
			return Execution.none();
		}
		List<CohortStage> stages = linked.stream().map((c) -> cohort(c).stage()).toList();
		List<CohortSummary> counted = linked.stream().filter((c) -> cohort(c).stage().started()).toList();
		Pooled figures = this.pooled.of(counted);
		return new Execution(linked.size(), (int) stages.stream().filter(CohortStage::started).count(),
				(int) stages.stream().filter((s) -> s == CohortStage.FINISHED).count(), figures.enrolled(),
				figures.finished(), figures.completionPercent(), figures.gain());
	}

	private PlanCohort cohort(CohortSummary c) {
		CohortStage stage = switch (c.status(this.cohorts.today())) {
			case PLANNED, OPEN -> CohortStage.PLANNED;
			case RUNNING -> CohortStage.RUNNING;
			case COMPLETED -> CohortStage.FINISHED;
			case CANCELLED -> CohortStage.CANCELLED;
		};
		return new PlanCohort(c.id(), c.title(), c.schemeTitle(), c.countryCode(), c.startsOn(), c.endsOn(), stage,
				"/lab/cohorts/" + c.id());
	}

}
