package eu.dhso.guidelines.planning;

import java.util.List;

import eu.dhso.core.planning.TrainingPlanDirectory;
import eu.dhso.core.taxonomy.CountryNames;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The approved plans other modules may count their work toward. */
@Component
@Transactional(readOnly = true)
class ApprovedPlans implements TrainingPlanDirectory {

	private final TrainingPlans plans;

	private final CountryNames countries;

	ApprovedPlans(TrainingPlans plans, CountryNames countries) {
		this.plans = plans;
		this.countries = countries;
	}

	@Override
	public List<PlanChoice> approved() {
		return this.plans.findAllByOrderByCountryCodeAscRegionAscStartsOnDesc()
			.stream()
			.filter((plan) -> plan.getStatus() == PlanStatus.APPROVED)
			.map(TrainingPlan::view)
			.map((plan) -> new PlanChoice(plan.id(), plan.title(), region(plan)))
			.toList();
	}

	private String region(TrainingPlan.View plan) {
		String country = this.countries.name(plan.region().countryCode(), LocaleContextHolder.getLocale());
		String region = plan.region().name();
		return (region == null || region.isBlank()) ? country : country + ", " + region;
	}

}
