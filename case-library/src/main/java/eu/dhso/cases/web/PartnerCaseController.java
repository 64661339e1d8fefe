package eu.dhso.cases.web;

import java.util.Locale;

import eu.dhso.core.text.Blank;
import eu.dhso.cases.domain.IllegalCaseTransitionException;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.workflow.CaseAttachments;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.CountryNames;
import eu.dhso.core.web.Paging;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's own organisation's cases: the list, each case's overview and its workflow
 * actions.
 */
@Controller
@RequestMapping("/cases/my")
@PreAuthorize("hasRole('PARTNER')")
class PartnerCaseController {

	static final int PAGE_SIZE = 20;

	private final CaseDrafts drafts;

	private final CompetenceIndex competences;

	private final CaseAttachments attachments;

	private final CountryNames countryNames;

	private final MessageSource messages;

	PartnerCaseController(CaseDrafts drafts, CompetenceIndex competences, CaseAttachments attachments,
			CountryNames countryNames, MessageSource messages) {
		this.drafts = drafts;
		this.competences = competences;
		this.attachments = attachments;
		this.countryNames = countryNames;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ObservatoryUser partner, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("cases", this.drafts.ofOrganisation(partner, new Paging(page, PAGE_SIZE).pageRequest()));
		return "cases/partner/list";
	}

	@GetMapping("/{id}")
	String overview(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id, Locale locale,
			Model model) {
		InterviewCase found = this.drafts.load(id, partner);
		model.addAttribute("interviewCase", found);
		model.addAttribute("steps", CaseStep.values());
		model.addAttribute("fields", ShownFields.of(found, found.snapshot(this.competences.codes()), this.competences,
				this.countryNames, this.messages, locale));
		model.addAttribute("attachments", this.attachments.of(id, partner));
		return "cases/partner/overview";
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id,
			RedirectAttributes redirect) {
		try {
			this.drafts.submit(id, partner);
			redirect.addFlashAttribute("success", "cases.submitted");
		}
		catch (IllegalCaseTransitionException ex) {
			redirect.addFlashAttribute("error", "cases.submit.refused");
		}
		return "redirect:/cases/my/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.drafts.withdraw(id, partner, Blank.toNull(reason));
			redirect.addFlashAttribute("success", "cases.withdrawn");
		}
		catch (IllegalCaseTransitionException ex) {
			redirect.addFlashAttribute("error", "cases.action.refused");
		}
		return "redirect:/cases/my/" + id;
	}

	@PostMapping("/{id}/revise")
	String revise(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id,
			RedirectAttributes redirect) {
		try {
			this.drafts.revise(id, partner);
			redirect.addFlashAttribute("success", "cases.revising");
			return "redirect:/cases/my/" + id + "/edit/basics";
		}
		catch (IllegalCaseTransitionException ex) {
			redirect.addFlashAttribute("error", "cases.action.refused");
			return "redirect:/cases/my/" + id;
		}
	}

}
