package eu.dhso.guidelines.web;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.Consultation;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.Guidelines;
import eu.dhso.guidelines.guideline.Guidelines.Draft;
import eu.dhso.guidelines.text.Markdown;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Editors and administrators write guidelines, open drafts for consultation, moderate the
 * comments and publish versions.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class GuidelineEditController {

	private final Guidelines guidelines;

	private final Consultation consultation;

	private final Markdown markdown;

	GuidelineEditController(Guidelines guidelines, Consultation consultation, Markdown markdown) {
		this.guidelines = guidelines;
		this.consultation = consultation;
		this.markdown = markdown;
	}

	@InitBinder("guidelineForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("slug", "title", "audience", "summary", "body", "recommendations", "version");
	}

	@ModelAttribute("audiences")
	Audience[] audiences() {
		return Audience.values();
	}

	@GetMapping("/guidelines/manage")
	String list(Model model) {
		model.addAttribute("guidelines", this.guidelines.all());
		return "guidelines/manage";
	}

	@GetMapping("/guidelines/manage/new")
	String newForm(Model model) {
		model.addAttribute("guidelineForm", new GuidelineForm());
		model.addAttribute("creating", true);
		return "guidelines/edit";
	}

	@PostMapping("/guidelines/manage/new")
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute GuidelineForm guidelineForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		GuidelineDocument document = document(guidelineForm, result);
		if (document != null && (guidelineForm.getSlug() == null || "manage".equals(guidelineForm.getSlug())
				|| this.guidelines.exists(guidelineForm.getSlug()))) {
			result.rejectValue("slug", "guidelines.form.slug.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("creating", true);
			return "guidelines/edit";
		}
		this.guidelines.create(guidelineForm.getSlug(), document, user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/guidelines/manage/" + guidelineForm.getSlug();
	}

	@GetMapping("/guidelines/manage/{slug}")
	String draft(@PathVariable String slug, Model model) {
		Draft draft = load(slug);
		model.addAttribute("draft", draft);
		model.addAttribute("view", GuidelineView.of(draft.document(), this.markdown));
		model.addAttribute("comments", this.consultation.comments(draft.id(), true));
		model.addAttribute("versions", this.guidelines.versions(slug));
		return "guidelines/draft";
	}

	@GetMapping("/guidelines/manage/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		Draft draft = load(slug);
		model.addAttribute("guidelineForm", GuidelineForm.of(slug, draft.document(), draft.version()));
		return "guidelines/edit";
	}

	@PostMapping("/guidelines/manage/{slug}/edit")
	String save(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid @ModelAttribute GuidelineForm guidelineForm, BindingResult result, RedirectAttributes redirect) {
		load(slug);
		guidelineForm.setSlug(slug);
		GuidelineDocument document = document(guidelineForm, result);
		if (result.hasErrors()) {
			return "guidelines/edit";
		}
		this.guidelines.saveDraft(slug, document, guidelineForm.getVersion(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/guidelines/manage/" + slug;
	}

	@PostMapping("/guidelines/manage/{slug}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@RequestParam(defaultValue = "") String changeNote, RedirectAttributes redirect) {
		Draft draft = load(slug);
		if (!draft.hasDraft() || changeNote.isBlank() || changeNote.length() > 500) {
			redirect.addFlashAttribute("error", "guidelines.publish.invalid");
			return "redirect:/guidelines/manage/" + slug;
		}
		int number = this.guidelines.publish(slug, changeNote.strip(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.published");
		return "redirect:/guidelines/" + slug + "/versions/" + number;
	}

	@PostMapping("/guidelines/manage/{slug}/consultation")
	String consultation(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@RequestParam boolean open, RedirectAttributes redirect) {
		Draft draft = load(slug);
		if (open && !draft.hasDraft()) {
			redirect.addFlashAttribute("error", "guidelines.consultation.noDraft");
		}
		else {
			this.guidelines.setConsultation(slug, open, user.getUsername());
			redirect.addFlashAttribute("success",
					open ? "guidelines.consultation.opened" : "guidelines.consultation.closed");
		}
		return "redirect:/guidelines/manage/" + slug;
	}

	@PostMapping("/guidelines/manage/{slug}/comments/{id}")
	String moderate(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean hide, @RequestParam(defaultValue = "") String resolution,
			RedirectAttributes redirect) {
		Draft draft = load(slug);
		String note = Blank.toNull(resolution);
		try {
			this.consultation.moderate(draft.id(), id, hide,
					(note == null) ? null : note.substring(0, Math.min(1000, note.length())), user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.comment.moderated");
		return "redirect:/guidelines/manage/" + slug;
	}

	private GuidelineDocument document(GuidelineForm form, BindingResult result) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			return form.toDocument();
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("recommendations", "guidelines.form.recommendations.invalid",
					new Object[] { ex.getMessage() }, null);
			return null;
		}
	}

	private Draft load(String slug) {
		return this.guidelines.draft(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
