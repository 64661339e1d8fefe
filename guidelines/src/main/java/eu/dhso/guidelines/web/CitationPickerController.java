package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormBinding;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.guidelines.guideline.Guideline.Draft;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.StaleGuidelineException;
import eu.dhso.guidelines.guideline.UncitableEvidenceException;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The citation picker: editors find public evidence by title or code and cite it in a
 * recommendation of the draft. A plain search form and a button per result, so it works
 * without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class CitationPickerController {

	private final GuidelinePublishing guidelines;

	CitationPickerController(GuidelinePublishing guidelines) {
		this.guidelines = guidelines;
	}

	@GetMapping("/guidelines/manage/{slug}/cite")
	String picker(@PathVariable String slug, @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) String q, Model model) {
		Draft draft = load(slug);
		String query = (q != null && q.length() <= 100) ? q.strip() : "";
		List<CitedEvidence> results = (kind != null) ? this.guidelines.findEvidence(kind, query) : List.of();
		model.addAttribute("draft", draft);
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", query);
		model.addAttribute("results", results);
		model.addAttribute("searched", kind != null);
		return "guidelines/cite";
	}

	@PostMapping("/guidelines/manage/{slug}/cite")
	String cite(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, @Valid CitationForm form,
			BindingResult result, RedirectAttributes redirect) {
		Draft draft = load(slug);
		FormBinding.requireWellFormed(result);
		if (result.hasErrors() || form.recommendation() >= draft.document().recommendations().size()) {
			redirect.addFlashAttribute("error", "guidelines.cite.invalid");
			return "redirect:/guidelines/manage/" + slug + "/cite";
		}
		try {
			this.guidelines.cite(slug, form.recommendation(), form.kind(), form.reference(), form.version(),
					user.getUsername());
		}
		catch (UncitableEvidenceException ex) {
			redirect.addFlashAttribute("error", "guidelines.cite.invalid");
			return "redirect:/guidelines/manage/" + slug + "/cite";
		}
		catch (StaleGuidelineException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "guidelines.cite.stale");
			return "redirect:/guidelines/manage/" + slug + "/cite";
		}
		redirect.addFlashAttribute("success", "guidelines.cite.done");
		return "redirect:/guidelines/manage/" + slug;
	}

	private Draft load(String slug) {
		return this.guidelines.draft(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
