package eu.dhso.cases.web;

import java.util.Locale;

import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.ReportPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published Open Reports, for everyone: the list, each report and its PDF. */
@Controller
class OpenReportController {

	private final OpenReportPublishing reports;

	private final ReportPdf pdf;

	OpenReportController(OpenReportPublishing reports, ReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/cases/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.published());
		return "cases/reports/list";
	}

	@GetMapping("/cases/reports/{id:\\d+}")
	String show(@PathVariable Long id, Model model) {
		OpenReport report = this.reports.findPublished(id);
		model.addAttribute("report", report);
		model.addAttribute("content", report.getContent());
		return "cases/reports/report";
	}

	@GetMapping("/cases/reports/{id:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Locale locale) {
		OpenReport report = this.reports.findPublished(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dhso-open-report-" + id + ".pdf").build().toString())
			.body(this.pdf.render(report, locale));
	}

}
