package eu.dhso.guidelines.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.planning.PlanExecutionSource.PlanCohort;
import eu.dhso.core.planning.PlanExecutionSource.PublishedScheme;
import eu.dhso.guidelines.planning.Planning;
import eu.dhso.guidelines.planning.TrainingPlan;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Regional training plans and their funding as anyone reads them (approved and closed
 * plans), each with plan against actual: people trained, completion, gain and spend.
 */
@Controller
class PlanController {

	private final Planning planning;

	private final CompetenceFramework framework;

	PlanController(Planning planning, CompetenceFramework framework) {
		this.planning = planning;
		this.framework = framework;
	}

	@GetMapping("/observatory/plans")
	String plans(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("plans", this.planning.plans(ProgrammeReaders.manager(user)));
		return "guidelines/plans";
	}

	@GetMapping("/observatory/plans/{id:\\d+}")
	String plan(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		TrainingPlan.View plan = this.planning.plan(id, ProgrammeReaders.manager(user));
		model.addAttribute("plan", plan);
		model.addAttribute("monitoring", this.planning.monitoring(plan));
		addLabRecords(this.planning, this.framework, model);
		return "guidelines/plan";
	}

	/**
	 * The lab's schemes and cohorts by id and the competences' titles, so a plan's page
	 * names what it links.
	 */
	static void addLabRecords(Planning planning, CompetenceFramework framework, Model model) {
		Map<Long, PublishedScheme> schemes = planning.publishedSchemes()
			.stream()
			.collect(Collectors.toMap(PublishedScheme::id, Function.identity()));
		Map<Long, PlanCohort> cohorts = planning.cohorts()
			.stream()
			.collect(Collectors.toMap(PlanCohort::id, Function.identity()));
		model.addAttribute("schemes", schemes);
		model.addAttribute("cohorts", cohorts);
		Map<String, String> titles = new HashMap<>();
		framework.latestPublished()
			.ifPresent(
					(f) -> f.areas().forEach((a) -> a.competences().forEach((c) -> titles.put(c.code(), c.title()))));
		model.addAttribute("competenceTitles", titles);
	}

}
