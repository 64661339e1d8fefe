package eu.dhso.skills.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.Paging;
import eu.dhso.skills.workshop.NeedsWorkshops;
import eu.dhso.skills.workshop.WorkshopAccessException;
import eu.dhso.skills.workshop.WorkshopView;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Needs workshops: the public list and pages of published ones; a partner also sees their
 * organisation's drafts and publishes them.
 */
@Controller
class WorkshopController {

	private final NeedsWorkshops workshops;

	private final Taxonomy taxonomy;

	private final CompetenceFramework framework;

	WorkshopController(NeedsWorkshops workshops, Taxonomy taxonomy, CompetenceFramework framework) {
		this.workshops = workshops;
		this.taxonomy = taxonomy;
		this.framework = framework;
	}

	@GetMapping("/workshops")
	String list(@AuthenticationPrincipal ObservatoryUser user, @RequestParam(required = false) String country,
			@RequestParam(required = false) String profession, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String c = (country != null && this.taxonomy.isCountry(country)) ? country : null;
		String p = (profession != null && this.taxonomy.isProfession(profession)) ? profession : null;
		model.addAttribute("page", this.workshops.published(c, p, Paging.page(page)));
		model.addAttribute("country", c);
		model.addAttribute("profession", p);
		model.addAttribute("countries", this.taxonomy.partnerCountries());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("drafts", this.workshops.drafts(user));
		model.addAttribute("mayRecord", NeedsWorkshops.mayRecord(user));
		return "skills/workshops";
	}

	@GetMapping("/workshops/{id:\\d+}")
	String show(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Locale locale, Model model) {
		WorkshopView workshop = this.workshops.find(id, user).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("workshop", workshop);
		model.addAttribute("mayEdit", NeedsWorkshops.mayEdit(workshop, user));
		model.addAttribute("competenceTitles", competenceTitles(this.framework, locale));
		return "skills/workshop";
	}

	@PostMapping("/workshops/{id:\\d+}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.workshops.publish(id, user);
		}
		catch (IllegalStateException incomplete) {
			redirect.addFlashAttribute("error", "skills.workshop.publish.incomplete");
			return "redirect:/workshops/" + id;
		}
		redirect.addFlashAttribute("success", "skills.workshop.published");
		return "redirect:/workshops/" + id;
	}

	@ExceptionHandler(WorkshopAccessException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// someone else's draft is as absent as a missing one
	}

	/** Competence code → title in the reader's language, for findings. */
	static Map<String, String> competenceTitles(CompetenceFramework framework, Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		framework.latestPublished(locale.getLanguage())
			.ifPresent(
					(v) -> v.areas().forEach((a) -> a.competences().forEach((c) -> titles.put(c.code(), c.title()))));
		return titles;
	}

}
