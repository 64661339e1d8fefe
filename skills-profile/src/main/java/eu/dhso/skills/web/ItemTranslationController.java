package eu.dhso.skills.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationPages;
import eu.dhso.skills.framework.ItemTranslating;

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

/**
 * Administrators translate an item's question and answers, next to the English source; a
 * published version's items may be translated too, as that changes no answer.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ItemTranslationController {

	private final ItemTranslating translating;

	ItemTranslationController(ItemTranslating translating) {
		this.translating = translating;
	}

	@GetMapping("/skills/admin/framework/{id}/items/{itemId}/translations")
	String show(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String to,
			Model model) {
		return TranslationPages.show(this.translating.sheet(id, itemId, TranslationPages.target(to))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model);
	}

	@PostMapping("/skills/admin/framework/{id}/items/{itemId}/translations")
	String save(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id, @PathVariable Long itemId,
			@Valid TranslationForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return TranslationPages.save(
				(language) -> this.translating.sheet(id, itemId, language)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				() -> this.translating.save(id, itemId, form, admin.getUsername()), form, result, model, response,
				redirect);
	}

}
