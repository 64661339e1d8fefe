package eu.dhso.guidelines.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators take the period's snapshot of the computed indicators, enter policy
 * indicators with their source and set the lifecycle maturity of a country.
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

	@PostMapping("/observatory/manage/indicators/maturity")
	String maturity(@AuthenticationPrincipal ObservatoryUser user, @Valid MaturityForm form, BindingResult result,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		String country = form.country();
		// a score without its evidence is an opinion nobody can check
		if (result.hasErrors() || !this.taxonomy.isCountry(country)) {
			redirect.addFlashAttribute("error", "guidelines.indicators.policy.invalid");
			return "redirect:/observatory/manage/indicators";
		}
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			String level = params.get(phase.name());
			if (level != null && level.matches("[1-5]")) {
				this.indicators.setMaturity(country, phase, Integer.parseInt(level), user.getUsername(),
						form.evidence().strip());
			}
		}
		this.audit.record(user.getUsername(), "MATURITY_SET", "country", country, "SUCCESS", null);
		redirect.addFlashAttribute("success", "guidelines.indicators.maturity.saved");
		return "redirect:/observatory/indicators?country=" + country;
	}

}
