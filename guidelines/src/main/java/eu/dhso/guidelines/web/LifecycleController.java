package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import eu.dhso.guidelines.lifecycle.Lifecycle;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The six ProMIS phases of every region, each with the rule that decides its state and
 * the records that justify it. The maturity scores once typed in stay readable as an
 * archive below.
 */
@Controller
class LifecycleController {

	private final Lifecycle lifecycle;

	private final IndicatorSeries indicators;

	LifecycleController(Lifecycle lifecycle, IndicatorSeries indicators) {
		this.lifecycle = lifecycle;
		this.indicators = indicators;
	}

	@GetMapping("/observatory/lifecycle")
	String lifecycle(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("phases", LifecyclePhase.values());
		model.addAttribute("regions", this.lifecycle.regions(ProgrammeReaders.manager(user)));
		model.addAttribute("archived", this.indicators.maturities());
		return "guidelines/lifecycle";
	}

}
