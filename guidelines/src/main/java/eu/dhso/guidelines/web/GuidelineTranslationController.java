package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationPages;
import eu.dhso.guidelines.guideline.GuidelineTranslating;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Those who edit guidelines translate their titles, next to the English source. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class GuidelineTranslationController {

	private final GuidelineTranslating translating;

	GuidelineTranslationController(GuidelineTranslating translating) {
		this.translating = translating;
	}

	@GetMapping("/guidelines/manage/{slug}/translations")
	String show(@PathVariable String slug, @RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.sheet(slug, TranslationPages.target(to))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model);
	}

	@PostMapping("/guidelines/manage/{slug}/translations")
	String save(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, @Valid TranslationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return TranslationPages.save(
				(language) -> this.translating.sheet(slug, language)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				() -> this.translating.save(slug, form, user.getUsername()), form, result, model, response, redirect);
	}

}
