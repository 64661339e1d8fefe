package eu.dhso.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportService;
import eu.dhso.cases.report.StaleReportException;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.text.Blank;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins draft Open Reports: choose the scope, write introduction and conclusions,
 * preview the drafted body and publish.
 */
@Controller
@RequestMapping("/cases/reports/manage")
@PreAuthorize("hasRole('ADMIN')")
class OpenReportAdminController {

	private final OpenReportService reports;

	private final Taxonomy taxonomy;

	OpenReportAdminController(OpenReportService reports, Taxonomy taxonomy) {
		this.reports = reports;
		this.taxonomy = taxonomy;
	}

	@InitBinder("reportForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "title", "from", "to", "countries", "technologies", "introduction",
				"conclusions");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reports", this.reports.all());
		return "cases/reports/manage";
	}

	@GetMapping("/new")
	String newReport(Model model) {
		model.addAttribute("reportForm", new ReportForm());
		return form(model, null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal ObservatoryUser admin, @Valid @ModelAttribute("reportForm") ReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		checkPeriod(form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		OpenReport report = this.reports.start(form.getTitle().strip(), form.scope(), admin.getUsername());
		redirect.addFlashAttribute("success", "cases.report.saved");
		return "redirect:/cases/reports/manage/" + report.getId();
	}

	@GetMapping("/{id:\\d+}")
	String edit(@PathVariable Long id, Model model) {
		OpenReport report = this.reports.find(id);
		model.addAttribute("reportForm", ReportForm.of(report));
		return form(model, report);
	}

	@PostMapping("/{id:\\d+}")
	String save(@PathVariable Long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OpenReport report = this.reports.find(id);
		if (report.isPublished()) {
			redirect.addFlashAttribute("error", "cases.report.frozen");
			return "redirect:/cases/reports/manage/" + id;
		}
		checkPeriod(form, result);
		if (result.hasErrors()) {
			return form(model, report);
		}
		try {
			this.reports.describe(id, form.getVersion(), form.getTitle().strip(), form.scope(),
					Blank.toNull(form.getIntroduction()), Blank.toNull(form.getConclusions()));
		}
		catch (StaleReportException ex) {
			// keep what the admin typed; saving again overwrites deliberately
			form.setVersion(this.reports.find(id).getVersion());
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "cases.report.stale");
			return form(model, report);
		}
		redirect.addFlashAttribute("success", "cases.report.saved");
		return "redirect:/cases/reports/manage/" + id;
	}

	@GetMapping("/{id:\\d+}/preview")
	String preview(@PathVariable Long id, Model model) {
		OpenReport report = this.reports.find(id);
		model.addAttribute("report", report);
		model.addAttribute("content",
				report.isPublished() ? report.getContent() : this.reports.draftContent(report.scope()));
		model.addAttribute("preview", !report.isPublished());
		return "cases/reports/report";
	}

	@PostMapping("/{id:\\d+}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.reports.publish(id, admin.getUsername());
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", "cases.report.frozen");
			return "redirect:/cases/reports/manage/" + id;
		}
		redirect.addFlashAttribute("success", "cases.report.published");
		return "redirect:/cases/reports/" + id;
	}

	private static void checkPeriod(ReportForm form, BindingResult result) {
		if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
			result.rejectValue("to", "cases.report.periodOrder");
		}
	}

	private String form(Model model, OpenReport report) {
		model.addAttribute("report", report);
		model.addAttribute("countries", this.taxonomy.partnerCountries());
		model.addAttribute("technologies", this.taxonomy.technologies());
		return "cases/reports/form";
	}

}
