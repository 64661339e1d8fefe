package eu.dhso.core.framework;

import java.io.IOException;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationPages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators translate areas and competences, source and translation side by side.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FrameworkTranslationController {

	private final FrameworkTranslating translating;

	FrameworkTranslationController(FrameworkTranslating translating) {
		this.translating = translating;
	}

	@GetMapping("/admin/framework/areas/{id}/translations")
	String area(@PathVariable Long id, @RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.areaSheet(id, TranslationPages.target(to)), model);
	}

	@PostMapping("/admin/framework/areas/{id}/translations")
	String saveArea(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id, @Valid TranslationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return TranslationPages.save((language) -> this.translating.areaSheet(id, language),
				() -> this.translating.saveArea(id, form, admin.getUsername()), form, result, model, response,
				redirect);
	}

	@GetMapping("/admin/framework/competences/{id}/translations")
	String competence(@PathVariable Long id, @RequestParam(required = false) String to, Model model) {
		return TranslationPages.show(this.translating.competenceSheet(id, TranslationPages.target(to)), model);
	}

	@PostMapping("/admin/framework/competences/{id}/translations")
	String saveCompetence(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@Valid TranslationForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return TranslationPages.save((language) -> this.translating.competenceSheet(id, language),
				() -> this.translating.saveCompetence(id, form, admin.getUsername()), form, result, model, response,
				redirect);
	}

	@ExceptionHandler(VersionNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
