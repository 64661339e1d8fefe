package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.Consultation;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.Guideline.Draft;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.GuidelinePublishing.CheckedDocument;
import eu.dhso.guidelines.guideline.UncitableEvidenceException;
import eu.dhso.guidelines.guideline.StaleGuidelineException;
import eu.dhso.guidelines.text.Markdown;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Editors and administrators write guidelines, open drafts for consultation, moderate the
 * comments and publish versions.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class GuidelineEditController {

	private final GuidelinePublishing guidelines;

	private final Consultation consultation;

	private final Markdown markdown;

	private final Taxonomy taxonomy;

	GuidelineEditController(GuidelinePublishing guidelines, Consultation consultation, Markdown markdown,
			Taxonomy taxonomy) {
		this.guidelines = guidelines;
		this.consultation = consultation;
		this.markdown = markdown;
		this.taxonomy = taxonomy;
	}

	@ModelAttribute("audiences")
	Audience[] audiences() {
		return Audience.values();
	}

	@ModelAttribute("professions")
	List<Taxonomy.Term> professions() {
		return this.taxonomy.professions();
	}

	@GetMapping("/guidelines/manage")
	String list(Model model) {
		model.addAttribute("guidelines", this.guidelines.all());
		return "guidelines/manage";
	}

	@GetMapping("/guidelines/manage/new")
	String newForm(Model model) {
		model.addAttribute("guidelineForm", GuidelineForm.empty());
		model.addAttribute("creating", true);
		return "guidelines/edit";
	}

	@PostMapping("/guidelines/manage/new")
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute GuidelineForm guidelineForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		GuidelineDocument document = document(guidelineForm, result);
		if (document != null && (guidelineForm.slug() == null || "manage".equals(guidelineForm.slug())
				|| this.guidelines.exists(guidelineForm.slug()))) {
			result.rejectValue("slug", "guidelines.form.slug.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("creating", true);
			return "guidelines/edit";
		}
		this.guidelines.create(guidelineForm.slug(), document, user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/guidelines/manage/" + guidelineForm.slug();
	}

	@GetMapping("/guidelines/manage/{slug}")
	String draft(@PathVariable String slug, Model model) {
		return draftPage(load(slug), model);
	}

	private String draftPage(Draft draft, Model model) {
		String slug = draft.slug();
		model.addAttribute("draft", draft);
		model.addAttribute("view", GuidelineView.of(draft.document(), this.markdown));
		model.addAttribute("comments", this.consultation.comments(slug, true));
		model.addAttribute("versions", this.guidelines.versions(slug));
		return "guidelines/draft";
	}

	@GetMapping("/guidelines/manage/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		Draft draft = load(slug);
		model.addAttribute("guidelineForm", GuidelineForm.of(slug, draft.document(), draft.version()));
		model.addAttribute("slug", slug);
		return "guidelines/edit";
	}

	@PostMapping("/guidelines/manage/{slug}/edit")
	String save(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid @ModelAttribute GuidelineForm guidelineForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		load(slug);
		GuidelineDocument document = document(guidelineForm, result);
		model.addAttribute("slug", slug);
		if (result.hasErrors()) {
			return "guidelines/edit";
		}
		try {
			this.guidelines.saveDraft(slug, document, guidelineForm.expectedVersion(), user.getUsername());
		}
		catch (StaleGuidelineException | OptimisticLockingFailureException ex) {
			// keep what the editor typed; saving again overwrites deliberately
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.stale");
			model.addAttribute("guidelineForm", guidelineForm.withVersion(load(slug).version()));
			return "guidelines/edit";
		}
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/guidelines/manage/" + slug;
	}

	@PostMapping("/guidelines/manage/{slug}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid PublicationForm publicationForm, BindingResult result, RedirectAttributes redirect) {
		Draft draft = load(slug);
		if (!draft.hasDraft() || result.hasErrors()) {
			redirect.addFlashAttribute("error", "guidelines.publish.invalid");
			return "redirect:/guidelines/manage/" + slug;
		}
		int number;
		try {
			number = this.guidelines.publish(slug, publicationForm.changeNote().strip(), user.getUsername());
		}
		catch (UncitableEvidenceException ex) {
			redirect.addFlashAttribute("error", "guidelines.publish.uncitable");
			redirect.addFlashAttribute("uncitable", ex.citation());
			return "redirect:/guidelines/manage/" + slug;
		}
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
			@Valid ModerationForm moderationForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Draft draft = load(slug);
		if (result.hasErrors()) {
			// one moderation form per open comment: the errors go to this comment's
			model.addAttribute("invalidComment", id);
			return draftPage(draft, model);
		}
		try {
			this.consultation.moderate(slug, id, moderationForm.hidden(), moderationForm.resolutionOrNull(),
					user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.comment.moderated");
		return "redirect:/guidelines/manage/" + slug;
	}

	private GuidelineDocument document(GuidelineForm form, BindingResult result) {
		if (!form.professions().stream().allMatch(this.taxonomy::isProfession)) {
			result.rejectValue("professions", "guidelines.form.professions.unknown");
		}
		if (result.hasErrors()) {
			return null;
		}
		GuidelineDocument document;
		try {
			document = form.toDocument();
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("recommendations", "guidelines.form.recommendations.invalid",
					new Object[] { ex.getMessage() }, null);
			return null;
		}
		// every citation must name public evidence; the editor's text stays in the form
		CheckedDocument checked = this.guidelines.check(document);
		if (!checked.valid()) {
			result.rejectValue("recommendations", "guidelines.form.evidence.unknown",
					new Object[] { String.join(" ", checked.unknown()) }, null);
			return null;
		}
		return checked.document();
	}

	private Draft load(String slug) {
		return this.guidelines.draft(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
