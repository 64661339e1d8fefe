package eu.dhso.cases.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import eu.dhso.cases.report.EvidenceNotCitableException;
import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.OpenReportPublishing.CheckedCitations;
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

	private static final Pattern INLINE_REFERENCE = Pattern.compile("\\{\\{[^}\\n]{0,200}}}");

	private final OpenReportPublishing reports;

	private final Taxonomy taxonomy;

	OpenReportAdminController(OpenReportPublishing reports, Taxonomy taxonomy) {
		this.reports = reports;
		this.taxonomy = taxonomy;
	}

	@InitBinder("reportForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "title", "from", "to", "countries", "technologies", "introduction",
				"conclusions", "citations");
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
		rejectInlineReferences(form, result);
		CheckedCitations checked = this.reports.check(form.citationTokens());
		if (!result.hasFieldErrors("citations") && !checked.valid()) {
			// every citation must name public evidence; the admin's text stays in the
			// form
			result.rejectValue("citations", "cases.report.citations.unknown",
					new Object[] { String.join(" ", checked.unknown()) }, null);
		}
		if (result.hasErrors()) {
			return form(model, report);
		}
		try {
			this.reports.describe(id, form.getVersion(), form.getTitle().strip(), form.scope(),
					Blank.toNull(form.getIntroduction()), Blank.toNull(form.getConclusions()), checked.cited());
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
		catch (EvidenceNotCitableException ex) {
			redirect.addFlashAttribute("error", "cases.report.citations.uncitable");
			return "redirect:/cases/reports/manage/" + id;
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", "cases.report.frozen");
			return "redirect:/cases/reports/manage/" + id;
		}
		redirect.addFlashAttribute("success", "cases.report.published");
		return "redirect:/cases/reports/" + id;
	}

	/**
	 * A reference such as {@code {{indicator:x}}} in the text is never looked up, so it
	 * would reach readers as written: evidence is cited in the list of citations.
	 */
	private static void rejectInlineReferences(ReportForm form, BindingResult result) {
		for (String field : List.of("introduction", "conclusions")) {
			String text = "introduction".equals(field) ? form.getIntroduction() : form.getConclusions();
			Matcher matcher = INLINE_REFERENCE.matcher((text != null) ? text : "");
			if (!result.hasFieldErrors(field) && matcher.find()) {
				result.rejectValue(field, "cases.report.inlineReference", new Object[] { matcher.group() }, null);
			}
		}
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
