package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.web.FormBinding;
import eu.dhso.guidelines.guideline.UncitableEvidenceException;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.ReportStatus;
import eu.dhso.guidelines.report.StaleReportDraftException;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The citation picker of observatory reports: the same search as for guidelines; the
 * evidence chosen is cited on a line of its own at the end of the draft's body.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReportCitationController {

	private final ReportPublishing reports;

	ReportCitationController(ReportPublishing reports) {
		this.reports = reports;
	}

	@GetMapping("/observatory/manage/reports/{id:\\d+}/cite")
	String picker(@PathVariable long id, @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) String q, Model model) {
		Report report = draft(id);
		String query = (q != null && q.length() <= 100) ? q.strip() : "";
		List<CitedEvidence> results = (kind != null) ? this.reports.findEvidence(kind, query) : List.of();
		model.addAttribute("report", report);
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", query);
		model.addAttribute("results", results);
		model.addAttribute("searched", kind != null);
		return "guidelines/report-cite";
	}

	@PostMapping("/observatory/manage/reports/{id:\\d+}/cite")
	String cite(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @Valid ReportCitationForm form,
			BindingResult result, RedirectAttributes redirect) {
		draft(id);
		FormBinding.requireWellFormed(result);
		String picker = "redirect:/observatory/manage/reports/" + id + "/cite";
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "guidelines.report.cite.invalid");
			return picker;
		}
		try {
			this.reports.cite(id, form.kind(), form.reference(), form.version(), user.getUsername());
		}
		catch (UncitableEvidenceException ex) {
			redirect.addFlashAttribute("error", "guidelines.report.cite.invalid");
			return picker;
		}
		catch (StaleReportDraftException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "guidelines.cite.stale");
			return picker;
		}
		redirect.addFlashAttribute("success", "guidelines.report.cite.done");
		return "redirect:/observatory/manage/reports/" + id + "/edit";
	}

	private Report draft(long id) {
		return this.reports.find(id)
			.filter((r) -> r.status() == ReportStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
