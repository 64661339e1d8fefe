package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.dhso.core.web.PageDescription;
import eu.dhso.core.web.PublicData;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportStatus;
import eu.dhso.guidelines.text.Markdown;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Published observatory reports for everyone: the page, the PDF and the Atom feed. */
@Controller
class ReportPagesController {

	private final ReportPublishing reports;

	private final Markdown markdown;

	private final MessageSource messages;

	private final ObservatoryReportPdf pdf;

	private final PublicUrl publicUrl;

	/**
	 * Each released report's PDF size, by its state: a PDF carries its creation time, so
	 * sizes measured again could differ by a few bytes and change the feed's ETag; Atom's
	 * length is advisory, and printing every report on every feed request costs far more
	 * than the feed.
	 */
	private final Map<String, Integer> pdfLengths = new ConcurrentHashMap<>();

	ReportPagesController(ReportPublishing reports, Markdown markdown, MessageSource messages, ObservatoryReportPdf pdf,
			PublicUrl publicUrl) {
		this.reports = reports;
		this.publicUrl = publicUrl;
		this.markdown = markdown;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping("/observatory/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.released());
		return "guidelines/reports";
	}

	@GetMapping("/observatory/reports/{slug:[a-z0-9][a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		Report report = released(slug);
		model.addAttribute("report", report);
		model.addAttribute("view", ReportView.of(report.snapshot(), this.markdown));
		PageDescription.describe(model, report.snapshot().summary());
		return "guidelines/report";
	}

	@GetMapping("/observatory/reports/{slug:[a-z0-9][a-z0-9-]+}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale) {
		Report report = released(slug);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(this.pdf.render(report, locale));
	}

	@GetMapping(path = "/observatory/reports/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed() {
		String base = this.publicUrl.base();
		// the same feed for everyone (English), so caches may share it
		String title = this.messages.getMessage("guidelines.reports.feed", null, Locale.ENGLISH);
		List<Report> released = this.reports.released();
		Map<String, Integer> pdfLengths = new HashMap<>();
		released.forEach((r) -> pdfLengths.put(r.slug(),
				this.pdfLengths.computeIfAbsent(r.slug() + "@" + r.version() + "@" + r.status(),
						(state) -> this.pdf.render(r, Locale.ENGLISH).length)));
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(AtomFeed.of(base, title, released, pdfLengths));
	}

	private Report released(String slug) {
		return this.reports.findBySlug(slug)
			.filter((r) -> r.status() != ReportStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
