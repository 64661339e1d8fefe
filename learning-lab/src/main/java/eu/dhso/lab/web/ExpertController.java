package eu.dhso.lab.web;

import java.util.Comparator;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ExpertDirectory.ExpertView;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.scheme.SchemeSnapshot;
import jakarta.validation.Valid;

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
 * The public directory of training experts and certified trainers, each listed profile,
 * and a signed-in person's own profile with their consent to be listed.
 */
@Controller
class ExpertController {

	private final ExpertDirectory directory;

	private final Taxonomy taxonomy;

	private final CompetenceTitles competences;

	private final PublishedSchemes schemes;

	ExpertController(ExpertDirectory directory, Taxonomy taxonomy, CompetenceTitles competences,
			PublishedSchemes schemes) {
		this.directory = directory;
		this.taxonomy = taxonomy;
		this.competences = competences;
		this.schemes = schemes;
	}

	@GetMapping("/experts")
	String list(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "") String competence, @RequestParam(required = false) Long scheme,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", this.directory.search(language, country, competence, scheme, page));
		model.addAttribute("language", language);
		model.addAttribute("country", country);
		model.addAttribute("competence", competence);
		model.addAttribute("scheme", scheme);
		model.addAttribute("filtered",
				!language.isBlank() || !country.isBlank() || !competence.isBlank() || scheme != null);
		model.addAttribute("schemes",
				this.schemes.latestVersions()
					.stream()
					.map(PublishedVersion::scheme)
					.sorted(Comparator.comparing(SchemeSnapshot::title))
					.toList());
		choices(model);
		return "lab/experts/list";
	}

	@GetMapping("/experts/{id:\\d+}")
	String expert(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		model.addAttribute("requestForm", RequestForm.blank());
		return expertPage(user, this.directory.listed(id), model);
	}

	@PostMapping("/experts/{id:\\d+}/requests")
	String request(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute("requestForm") RequestForm requestForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ExpertView expert = this.directory.listed(id);
		if (result.hasErrors()) {
			return expertPage(user, expert, model);
		}
		long request = this.directory.request(user, id, requestForm.subject(), requestForm.message());
		redirect.addFlashAttribute("success", "lab.request.sent");
		return "redirect:/experts/requests/" + request;
	}

	private String expertPage(ObservatoryUser user, ExpertView expert, Model model) {
		model.addAttribute("expert", expert);
		model.addAttribute("mayRequest", ExpertDirectory.mayRequest(user));
		model.addAttribute("own",
				user != null && this.directory.own(user).map((p) -> p.id() == expert.id()).orElse(false));
		return "lab/experts/expert";
	}

	@GetMapping("/experts/profile")
	String profile(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		Optional<ExpertView> own = this.directory.own(user);
		model.addAttribute("profileForm", ProfileForm.of(own.orElse(null)));
		return profilePage(user, own, model);
	}

	@PostMapping("/experts/profile")
	String save(@AuthenticationPrincipal ObservatoryUser user,
			@Valid @ModelAttribute("profileForm") ProfileForm profileForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return profilePage(user, this.directory.own(user), model);
		}
		this.directory.saveOwn(user, profileForm.fields(), profileForm.consent());
		redirect.addFlashAttribute("success", profileForm.consent() ? "lab.expert.saved" : "lab.expert.savedHidden");
		return "redirect:/experts/profile";
	}

	/** Withdrawing consent takes the profile off the directory at once. */
	@PostMapping("/experts/profile/withdraw")
	String withdraw(@AuthenticationPrincipal ObservatoryUser user,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("error", "lab.expert.error.confirm");
			return "redirect:/experts/profile";
		}
		this.directory.withdraw(user);
		redirect.addFlashAttribute("success", "lab.expert.withdrawn");
		return "redirect:/experts/profile";
	}

	private String profilePage(ObservatoryUser user, Optional<ExpertView> own, Model model) {
		model.addAttribute("own", own.orElse(null));
		model.addAttribute("certified", this.directory.certifiedSchemes(user));
		choices(model);
		return "lab/experts/profile";
	}

	private void choices(Model model) {
		model.addAttribute("languages", LabLinks.LANGUAGES);
		model.addAttribute("countries", this.taxonomy.countries());
		model.addAttribute("competences", this.competences.all());
	}

}
