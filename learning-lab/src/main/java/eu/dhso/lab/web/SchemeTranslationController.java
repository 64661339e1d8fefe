package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationPages;
import eu.dhso.lab.scheme.SchemeTranslating;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheme and module titles and learning outcomes translated next to their English source,
 * by the trainers who may edit the scheme, editors and administrators; anyone else gets a
 * 404.
 */
@Controller
class SchemeTranslationController {

	private final SchemeTranslating translating;

	SchemeTranslationController(SchemeTranslating translating) {
		this.translating = translating;
	}

	@GetMapping("/lab/translations/schemes/{id:\\d+}")
	String scheme(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.schemeSheet(user, id, TranslationPages.target(to)), model);
	}

	@PostMapping("/lab/translations/schemes/{id:\\d+}")
	String saveScheme(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @Valid TranslationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return TranslationPages.save((language) -> this.translating.schemeSheet(user, id, language),
				() -> this.translating.saveScheme(user, id, form), form, result, model, response, redirect);
	}

	@GetMapping("/lab/translations/schemes/{id:\\d+}/modules/{moduleId:\\d+}")
	String module(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long moduleId,
			@RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.moduleSheet(user, id, moduleId, TranslationPages.target(to)),
				model);
	}

	@GetMapping("/lab/translations/schemes/{id:\\d+}/outcomes/{outcomeId:\\d+}")
	String outcome(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long outcomeId,
			@RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.outcomeSheet(user, id, outcomeId, TranslationPages.target(to)),
				model);
	}

	@PostMapping("/lab/translations/schemes/{id:\\d+}/outcomes/{outcomeId:\\d+}")
	String saveOutcome(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@PathVariable long outcomeId, @Valid TranslationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return TranslationPages.save((language) -> this.translating.outcomeSheet(user, id, outcomeId, language),
				() -> this.translating.saveOutcome(user, id, outcomeId, form), form, result, model, response, redirect);
	}

	@PostMapping("/lab/translations/schemes/{id:\\d+}/modules/{moduleId:\\d+}")
	String saveModule(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long moduleId,
			@Valid TranslationForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return TranslationPages.save((language) -> this.translating.moduleSheet(user, id, moduleId, language),
				() -> this.translating.saveModule(user, id, moduleId, form), form, result, model, response, redirect);
	}

}
