package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.guideline.UncitableEvidenceException;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportStatus;
import eu.dhso.guidelines.report.StaleReportDraftException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Administrators compose, publish and withdraw observatory reports. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReportAdminController {

	private final ReportPublishing reports;

	private final IndicatorSeries indicators;

	private final Markdown markdown;

	ReportAdminController(ReportPublishing reports, IndicatorSeries indicators, Markdown markdown) {
		this.reports = reports;
		this.indicators = indicators;
		this.markdown = markdown;
	}

	@GetMapping("/observatory/manage/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.all());
		return "guidelines/report-manage";
	}

	@GetMapping("/observatory/manage/reports/new")
	String newForm(Model model) {
		model.addAttribute("reportForm", ObservatoryReportForm.empty());
		return formView(model, true);
	}

	@PostMapping("/observatory/manage/reports/new")
	String create(@AuthenticationPrincipal ObservatoryUser user,
			@Valid @ModelAttribute("reportForm") ObservatoryReportForm reportForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && (reportForm.slug() == null || this.reports.exists(reportForm.slug()))) {
			result.rejectValue("slug", "guidelines.form.slug.taken");
		}
		rejectUnknownEvidence(reportForm, result);
		if (result.hasErrors()) {
			return formView(model, true);
		}
		long id = this.reports.create(reportForm.slug(), reportForm.toDocument(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/observatory/manage/reports/" + id;
	}

	@GetMapping("/observatory/manage/reports/{id:\\d+}")
	String preview(@PathVariable long id, Model model) {
		Report report = load(id);
		model.addAttribute("report", report);
		model.addAttribute("view", (report.snapshot() != null) ? ReportView.of(report.snapshot(), this.markdown)
				: ReportView.live(report.draft(), this.indicators, this.markdown));
		model.addAttribute("codes", this.indicators.codes());
		return "guidelines/report-preview";
	}

	@GetMapping("/observatory/manage/reports/{id:\\d+}/edit")
	String edit(@PathVariable long id, Model model) {
		Report report = draft(id);
		model.addAttribute("reportForm", ObservatoryReportForm.of(report.slug(), report.draft(), report.version()));
		model.addAttribute("reportId", id);
		return formView(model, false);
	}

	@PostMapping("/observatory/manage/reports/{id:\\d+}/edit")
	String save(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute("reportForm") ObservatoryReportForm reportForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		draft(id);
		model.addAttribute("reportId", id);
		rejectUnknownEvidence(reportForm, result);
		if (result.hasErrors()) {
			return formView(model, false);
		}
		try {
			this.reports.saveDraft(id, reportForm.toDocument(), reportForm.expectedVersion(), user.getUsername());
		}
		catch (StaleReportDraftException | OptimisticLockingFailureException ex) {
			// keep what the admin typed; saving again overwrites deliberately
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.report.stale");
			model.addAttribute("reportForm", reportForm.withVersion(draft(id).version()));
			return formView(model, false);
		}
		redirect.addFlashAttribute("success", "guidelines.saved");
		return "redirect:/observatory/manage/reports/" + id;
	}

	@PostMapping("/observatory/manage/reports/{id:\\d+}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, RedirectAttributes redirect) {
		Report report = draft(id);
		try {
			this.reports.publish(id, user.getUsername());
		}
		catch (UncitableEvidenceException ex) {
			redirect.addFlashAttribute("error", "guidelines.report.publish.uncitable");
			return "redirect:/observatory/manage/reports/" + id;
		}
		redirect.addFlashAttribute("success", "guidelines.report.publishedFlash");
		return "redirect:/observatory/reports/" + report.slug();
	}

	@PostMapping("/observatory/manage/reports/{id:\\d+}/withdraw")
	String withdraw(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid WithdrawalForm withdrawalForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Report report = load(id);
		if (report.status() != ReportStatus.PUBLISHED) {
			redirect.addFlashAttribute("error", "guidelines.report.withdraw.invalid");
			return "redirect:/observatory/manage/reports/" + id;
		}
		if (result.hasErrors()) {
			return preview(id, model);
		}
		this.reports.withdraw(id, withdrawalForm.note().strip(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.report.withdrawnFlash");
		return "redirect:/observatory/reports/" + report.slug();
	}

	/**
	 * Every embed and citation must name something the public can see; the text stays in
	 * the form.
	 */
	private void rejectUnknownEvidence(ObservatoryReportForm form, BindingResult result) {
		if (result.hasFieldErrors("body")) {
			return;
		}
		List<String> unknown = this.reports.unknownEvidence(form.toDocument());
		if (!unknown.isEmpty()) {
			result.rejectValue("body", "guidelines.report.unknownEvidence", new Object[] { String.join(" ", unknown) },
					null);
		}
	}

	private String formView(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("codes", this.indicators.codes());
		return "guidelines/report-edit";
	}

	private Report load(long id) {
		return this.reports.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Report draft(long id) {
		return this.reports.find(id)
			.filter((r) -> r.status() == ReportStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
