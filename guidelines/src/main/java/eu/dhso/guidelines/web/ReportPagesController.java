package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.taxonomy.CountryNames;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportStatus;
import eu.dhso.guidelines.text.Markdown;
import eu.dhso.guidelines.text.PdfDocument;

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

	private final CountryNames countryNames;

	private final PublicUrl publicUrl;

	ReportPagesController(ReportPublishing reports, Markdown markdown, MessageSource messages,
			CountryNames countryNames, PublicUrl publicUrl) {
		this.reports = reports;
		this.publicUrl = publicUrl;
		this.markdown = markdown;
		this.messages = messages;
		this.countryNames = countryNames;
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
		return "guidelines/report";
	}

	@GetMapping("/observatory/reports/{slug:[a-z0-9][a-z0-9-]+}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale) {
		Report report = released(slug);
		var snapshot = report.snapshot();
		PdfDocument pdf = new PdfDocument(snapshot.title());
		pdf.text(this.messages.getMessage("guidelines.report.publishedOn",
				new Object[] { snapshot.publishedAt().toString().substring(0, 10) }, locale));
		if (report.status() == ReportStatus.WITHDRAWN) {
			pdf.text(this.messages.getMessage("guidelines.report.withdrawn", null, locale) + " "
					+ report.withdrawalNote());
		}
		pdf.html(this.markdown.toSafeHtml(snapshot.summary()));
		for (var frozen : snapshot.blocks()) {
			switch (frozen.block().kind()) {
				case HEADING -> pdf.heading(frozen.block().text());
				case TEXT -> pdf.html(this.markdown.toSafeHtml(frozen.block().text()));
				case INDICATOR -> {
					pdf.text(this.messages.getMessage("indicator." + frozen.block().indicator(), null,
							frozen.block().indicator(), locale));
					if (frozen.table() != null) {
						List<List<String>> rows = new ArrayList<>();
						for (Point p : frozen.table().points()) {
							rows.add(List.of(p.country().isEmpty() ? "—" : this.countryNames.name(p.country(), locale),
									p.dimension(),
									p.suppressed() ? this.messages.getMessage("guidelines.suppressed", null, locale)
											: p.value().stripTrailingZeros().toPlainString()));
						}
						pdf.table(List.of(this.messages.getMessage("guidelines.indicator.country", null, locale),
								this.messages.getMessage("guidelines.indicator.dimension", null, locale),
								this.messages.getMessage("guidelines.indicator.value", null, locale)), rows);
					}
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf.render());
	}

	@GetMapping(path = "/observatory/reports/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed(Locale locale) {
		String base = this.publicUrl.base();
		String title = this.messages.getMessage("guidelines.reports.feed", null, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(AtomFeed.of(base, title, this.reports.released()));
	}

	private Report released(String slug) {
		return this.reports.findBySlug(slug)
			.filter((r) -> r.status() != ReportStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
