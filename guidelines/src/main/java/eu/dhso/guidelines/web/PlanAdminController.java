package eu.dhso.guidelines.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.planning.PlanExecutionSource.PlanCohort;
import eu.dhso.core.planning.PlanExecutionSource.PublishedScheme;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.FormBinding;
import eu.dhso.guidelines.governance.Region;
import eu.dhso.guidelines.planning.ActionStatus;
import eu.dhso.guidelines.planning.FundingSource;
import eu.dhso.guidelines.planning.IllegalPlanTransitionException;
import eu.dhso.guidelines.planning.Planning;
import eu.dhso.guidelines.planning.StalePlanException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators draft regional training plans, approve and close them, link the lab's
 * cohorts and record monitoring: reviews of plan against actual and corrective actions.
 * The plan itself refuses a step its state does not allow.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PlanAdminController {

	private static final String BASE = "/observatory/manage/plans";

	private final Planning planning;

	private final Taxonomy taxonomy;

	private final CompetenceFramework framework;

	PlanAdminController(Planning planning, Taxonomy taxonomy, CompetenceFramework framework) {
		this.planning = planning;
		this.taxonomy = taxonomy;
		this.framework = framework;
	}

	@GetMapping(BASE)
	String plans(Model model) {
		model.addAttribute("planForm", PlanForm.empty());
		return list(model);
	}

	@PostMapping(BASE)
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute PlanForm planForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (!result.hasFieldErrors("country") && !this.taxonomy.isCountry(planForm.country())) {
			result.rejectValue("country", "guidelines.governance.country.invalid");
		}
		if (planForm.endsBeforeStart()) {
			result.rejectValue("endsOn", "guidelines.plan.period.invalid");
		}
		if (result.hasErrors()) {
			return list(model);
		}
		long id = this.planning.create(planForm.title().strip(), new Region(planForm.country(), planForm.region()),
				planForm.startsOn(), planForm.endsOn(), planForm.objectives().strip(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.plan.created");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id:\\d+}")
	String plan(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping(BASE + "/{id:\\d+}/targets")
	String target(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute TargetForm targetForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (!result.hasFieldErrors("profession") && !this.taxonomy.isProfession(targetForm.profession())) {
			result.rejectValue("profession", "guidelines.plan.profession.invalid");
		}
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.planning.target(id, targetForm.profession(), targetForm.people(), user.getUsername());
		return done(id, "guidelines.plan.saved", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/funding")
	String funding(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute FundingForm fundingForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.planning.fund(id, fundingForm.source(), fundingForm.amount(),
				(fundingForm.note() != null) ? fundingForm.note().strip() : "", user.getUsername());
		return done(id, "guidelines.plan.saved", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/address")
	String address(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute AddressForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		long version = form.version();
		Set<String> codes = new TreeSet<>(listOf(form.competences()));
		codes.retainAll(competenceCodes());
		Set<Long> known = this.planning.publishedSchemes()
			.stream()
			.map(PublishedScheme::id)
			.collect(Collectors.toSet());
		Set<Long> chosen = new TreeSet<>(listOf(form.schemes()));
		chosen.retainAll(known);
		try {
			this.planning.address(id, version, codes, chosen, user.getUsername());
		}
		catch (StalePlanException ex) {
			// the administrator's choice stays ticked against the plan as it is now
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.plan.stale");
			model.addAttribute("keptCompetences", codes);
			model.addAttribute("keptSchemes", chosen);
			return page(id, model);
		}
		return done(id, "guidelines.plan.saved", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/cohorts")
	String cohorts(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute CohortsForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		long version = form.version();
		Set<Long> known = this.planning.cohorts().stream().map(PlanCohort::id).collect(Collectors.toSet());
		Set<Long> chosen = new TreeSet<>(listOf(form.cohorts()));
		chosen.retainAll(known);
		try {
			this.planning.linkCohorts(id, version, chosen, user.getUsername());
		}
		catch (StalePlanException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.plan.stale");
			model.addAttribute("keptCohorts", chosen);
			return page(id, model);
		}
		return done(id, "guidelines.plan.saved", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/approve")
	String approve(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute ConfirmedStepForm form, BindingResult result, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		long version = form.version();
		if (!form.confirmed()) {
			return unconfirmed(id, redirect);
		}
		try {
			return stale(id, redirect, () -> this.planning.approve(id, version, user.getUsername()),
					"guidelines.plan.approved");
		}
		catch (IllegalPlanTransitionException ex) {
			// most often a draft without targets or funding: say what approval needs
			redirect.addFlashAttribute("error", "guidelines.plan.notReady");
			return "redirect:" + BASE + "/" + id;
		}
	}

	@PostMapping(BASE + "/{id:\\d+}/close")
	String close(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute ConfirmedStepForm form, BindingResult result, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		long version = form.version();
		if (!form.confirmed()) {
			return unconfirmed(id, redirect);
		}
		return stale(id, redirect, () -> this.planning.close(id, version, user.getUsername()),
				"guidelines.plan.closed");
	}

	@PostMapping(BASE + "/{id:\\d+}/review")
	String review(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute ReviewForm reviewForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.planning.review(id, reviewForm.reviewedOn(), reviewForm.spent(),
				(reviewForm.note() != null) ? reviewForm.note().strip() : null, user.getUsername());
		return done(id, "guidelines.plan.reviewed", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/actions")
	String action(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute CorrectiveActionForm actionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.planning.recordAction(id, actionForm.recordedOn(), actionForm.text().strip(), actionForm.owner().strip(),
				user.getUsername());
		return done(id, "guidelines.plan.actionRecorded", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/actions/{action:\\d+}/status")
	String actionStatus(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long action,
			@RequestParam ActionStatus status, RedirectAttributes redirect) {
		try {
			this.planning.moveAction(id, action, status, user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "guidelines.error.state");
			return "redirect:" + BASE + "/" + id;
		}
		return done(id, "guidelines.plan.saved", redirect);
	}

	private static String unconfirmed(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "guidelines.confirm.required");
		return "redirect:" + BASE + "/" + id;
	}

	private String stale(long id, RedirectAttributes redirect, Runnable step, String message) {
		try {
			step.run();
		}
		catch (StalePlanException ex) {
			redirect.addFlashAttribute("error", "guidelines.plan.stale");
			return "redirect:" + BASE + "/" + id;
		}
		return done(id, message, redirect);
	}

	private Set<String> competenceCodes() {
		return this.framework.latestPublished()
			.stream()
			.flatMap((f) -> f.areas().stream())
			.flatMap((a) -> a.competences().stream())
			.map((c) -> c.code())
			.collect(Collectors.toSet());
	}

	private String list(Model model) {
		model.addAttribute("plans", this.planning.plans(true));
		model.addAttribute("countries", this.taxonomy.countries());
		return "guidelines/plans-manage";
	}

	private String page(long id, Model model) {
		var plan = this.planning.plan(id, true);
		model.addAttribute("plan", plan);
		model.addAttribute("monitoring", this.planning.monitoring(plan));
		model.addAttribute("schemeOptions", this.planning.publishedSchemes());
		model.addAttribute("cohortOptions", this.planning.cohorts());
		model.addAttribute("framework", this.framework.latestPublished().orElse(null));
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("actionStatuses", ActionStatus.values());
		PlanController.addLabRecords(this.planning, this.framework, model);
		if (!model.containsAttribute("keptCompetences")) {
			model.addAttribute("keptCompetences", Set.copyOf(plan.competences()));
			model.addAttribute("keptSchemes", Set.copyOf(plan.schemes()));
		}
		if (!model.containsAttribute("keptCohorts")) {
			model.addAttribute("keptCohorts", Set.copyOf(plan.cohorts()));
		}
		for (String form : List.of("targetForm", "fundingForm", "reviewForm", "actionForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, switch (form) {
					case "targetForm" -> TargetForm.empty();
					case "fundingForm" -> FundingForm.empty();
					case "reviewForm" -> ReviewForm.empty();
					default -> CorrectiveActionForm.empty();
				});
			}
		}
		return "guidelines/plan-manage";
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return "redirect:" + BASE + "/" + id;
	}

	private static <T> List<T> listOf(List<T> values) {
		return (values != null) ? values.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

	/** The competences and schemes a plan addresses, against the version shown. */
	record AddressForm(List<String> competences, List<Long> schemes, @NotNull Long version) {
	}

	/** The cohorts linked to a plan, against the version shown. */
	record CohortsForm(List<Long> cohorts, @NotNull Long version) {
	}

	/** A step that cannot be taken back: approving or closing, ticked to confirm. */
	record ConfirmedStepForm(@NotNull Long version, String confirm) {

		boolean confirmed() {
			return "yes".equals(this.confirm);
		}

	}

}
