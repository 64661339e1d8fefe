package eu.dhso.guidelines.web;

import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.NetworkMember.Member;
import eu.dhso.guidelines.network.Sector;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public face of the network: members, their pledges, the charter and the application
 * form.
 */
@Controller
class NetworkController {

	private final Network network;

	private final Taxonomy taxonomy;

	NetworkController(Network network, Taxonomy taxonomy) {
		this.network = network;
		this.taxonomy = taxonomy;
	}

	@InitBinder("applicationForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "type", "sector", "countryCode", "website", "description", "contactName",
				"contactEmail", "charterSignatory", "charterAccepted");
	}

	@GetMapping("/network")
	String members(Model model) {
		model.addAttribute("members", this.network.approved());
		model.addAttribute("pledges", this.network.pledges(null));
		return "guidelines/network";
	}

	@GetMapping("/network/members/{id:\\d+}")
	String member(@PathVariable long id, Model model) {
		Member member = this.network.approved(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("member", member);
		model.addAttribute("pledges", this.network.pledges(id));
		return "guidelines/member";
	}

	@GetMapping("/network/apply")
	String applyForm(Model model) {
		model.addAttribute("applicationForm", new ApplicationForm());
		return formView(model);
	}

	@PostMapping("/network/apply")
	String apply(@Valid @ModelAttribute ApplicationForm applicationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("countryCode") && !this.taxonomy.isCountry(applicationForm.getCountryCode())) {
			result.rejectValue("countryCode", "guidelines.network.country.invalid");
		}
		if (result.hasErrors()) {
			return formView(model);
		}
		if (this.network.apply(applicationForm.toApplication()).isEmpty()) {
			result.rejectValue("name", "guidelines.network.name.taken");
			return formView(model);
		}
		redirect.addFlashAttribute("success", "guidelines.network.applied");
		return "redirect:/network";
	}

	private String formView(Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("sectors", Sector.values());
		return "guidelines/apply";
	}

}
