package eu.dhso.cases.web;

import java.util.List;

import jakarta.validation.Valid;

import eu.dhso.cases.report.EvidenceNotCitableException;
import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.ReportNotFoundException;
import eu.dhso.cases.report.StaleReportException;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.web.FormBinding;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citation picker of Open Reports, the same search as for guidelines and observatory
 * reports: admins find public evidence by title or code and cite it in the draft. A plain
 * search form and a button per result, so it works without JavaScript.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OpenReportCitationController {

	private final OpenReportPublishing reports;

	OpenReportCitationController(OpenReportPublishing reports) {
		this.reports = reports;
	}

	@GetMapping("/cases/reports/manage/{id:\\d+}/cite")
	String picker(@PathVariable Long id, @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) String q, Model model) {
		OpenReport report = draft(id);
		String query = (q != null && q.length() <= 100) ? q.strip() : "";
		List<CitedEvidence> results = (kind != null) ? this.reports.findEvidence(kind, query) : List.of();
		model.addAttribute("report", report);
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", query);
		model.addAttribute("results", results);
		model.addAttribute("searched", kind != null);
		return "cases/reports/cite";
	}

	@PostMapping("/cases/reports/manage/{id:\\d+}/cite")
	String cite(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@Valid OpenReportCitationForm form, BindingResult result, RedirectAttributes redirect) {
		draft(id);
		FormBinding.requireWellFormed(result);
		String picker = "redirect:/cases/reports/manage/" + id + "/cite";
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "cases.cite.invalid");
			return picker;
		}
		try {
			this.reports.cite(id, form.version(), form.kind(), form.reference(), admin.getUsername());
		}
		catch (EvidenceNotCitableException ex) {
			redirect.addFlashAttribute("error", "cases.cite.invalid");
			return picker;
		}
		catch (StaleReportException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "cases.cite.stale");
			return picker;
		}
		redirect.addFlashAttribute("success", "cases.cite.done");
		return "redirect:/cases/reports/manage/" + id;
	}

	private OpenReport draft(Long id) {
		OpenReport report = this.reports.find(id);
		if (report.isPublished()) {
			throw new ReportNotFoundException(id);
		}
		return report;
	}

}
