package eu.dhso.lab.web;

import java.util.Locale;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.evaluation.LabPdf;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.evaluation.Reports.CohortReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evaluation reports, as pages and PDFs: a cohort's for its trainers (and editors), the
 * comparison across pilots over the cohorts the reader may see.
 */
@Controller("labEvaluationController")
class EvaluationController {

	private final PilotEvaluation evaluation;

	private final LabPdf pdf;

	private final SchemeTranslating translating;

	EvaluationController(PilotEvaluation evaluation, LabPdf pdf, SchemeTranslating translating) {
		this.evaluation = evaluation;
		this.translating = translating;
		this.pdf = pdf;
	}

	@GetMapping("/lab/evaluation")
	String pilots(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("comparison", this.evaluation.comparison(user));
		return "lab/evaluation/pilots";
	}

	@GetMapping("/lab/evaluation/report.pdf")
	ResponseEntity<byte[]> pilotsPdf(@AuthenticationPrincipal ObservatoryUser user, Locale locale) {
		return pdf("evaluation-pilots.pdf", this.pdf.comparison(this.evaluation.comparison(user), locale));
	}

	@GetMapping("/lab/evaluation/cohorts/{id:\\d+}")
	String cohort(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.evaluation.cohortReport(user, id));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/evaluation/cohort";
	}

	@GetMapping("/lab/evaluation/cohorts/{id:\\d+}/report.pdf")
	ResponseEntity<byte[]> cohortPdf(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			Locale locale) {
		CohortReport report = this.evaluation.cohortReport(user, id);
		return pdf("evaluation-cohort-" + id + ".pdf", this.pdf.cohortReport(report, locale));
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
