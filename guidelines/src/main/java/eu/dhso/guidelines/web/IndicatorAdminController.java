package eu.dhso.guidelines.web;

import java.time.LocalDate;
import java.time.YearMonth;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormBinding;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.LifecyclePhase;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators take the period's snapshot of the computed indicators, enter policy
 * indicators with their source. Lifecycle maturity is no longer typed in here: the
 * lifecycle page derives it from governance, planning and monitoring records.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IndicatorAdminController {

	private final IndicatorSeries indicators;

	private final Taxonomy taxonomy;

	private final AuditLog audit;

	IndicatorAdminController(IndicatorSeries indicators, Taxonomy taxonomy, AuditLog audit) {
		this.indicators = indicators;
		this.taxonomy = taxonomy;
		this.audit = audit;
	}

	@GetMapping("/observatory/manage/indicators")
	String form(Model model) {
		model.addAttribute("phases", LifecyclePhase.values());
		model.addAttribute("periodEnd", YearMonth.now().atEndOfMonth());
		return "guidelines/indicators-manage";
	}

	@PostMapping("/observatory/manage/indicators/collect")
	String collect(@AuthenticationPrincipal ObservatoryUser user, RedirectAttributes redirect) {
		LocalDate periodEnd = YearMonth.now().atEndOfMonth();
		int stored = this.indicators.collect(periodEnd);
		this.audit.record(user.getUsername(), "INDICATORS_COLLECT", "indicator", periodEnd, "SUCCESS",
				stored + " values");
		redirect.addFlashAttribute("success", "guidelines.indicators.collected");
		return "redirect:/observatory/manage/indicators";
	}

	@PostMapping("/observatory/manage/indicators/policy")
	String policy(@AuthenticationPrincipal ObservatoryUser user, @Valid PolicyIndicatorForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors() || !this.taxonomy.isCountry(form.country())) {
			redirect.addFlashAttribute("error", "guidelines.indicators.policy.invalid");
			return "redirect:/observatory/manage/indicators";
		}
		this.indicators.store(form.periodEnd(),
				new IndicatorValue("policy." + form.code(), form.country(), null, form.value(), 1, false),
				IndicatorSeries.POLICY, form.source().strip());
		this.audit.record(user.getUsername(), "INDICATOR_POLICY", "indicator", "policy." + form.code(), "SUCCESS",
				form.country());
		redirect.addFlashAttribute("success", "guidelines.indicators.policy.saved");
		return "redirect:/observatory/manage/indicators";
	}

}
