package eu.dhso.guidelines.web;

import java.util.List;
import java.util.Locale;

import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocument.Bar;
import eu.dhso.core.pdf.PdfDocuments;
import eu.dhso.core.taxonomy.CountryNames;
import eu.dhso.core.taxonomy.ProfessionNames;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.indicator.IndicatorSeries.Table;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportStatus;
import eu.dhso.guidelines.text.Markdown;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published observatory report as PDF: its text and, for each frozen indicator, the bar
 * chart its page shows (a breakdown named only where the indicator has one).
 */
@Component
class ObservatoryReportPdf {

	private final PdfDocuments pdfs;

	private final Markdown markdown;

	private final MessageSource messages;

	private final CountryNames countryNames;

	private final ProfessionNames professionNames;

	ObservatoryReportPdf(PdfDocuments pdfs, Markdown markdown, MessageSource messages, CountryNames countryNames,
			ProfessionNames professionNames) {
		this.professionNames = professionNames;
		this.pdfs = pdfs;
		this.markdown = markdown;
		this.messages = messages;
		this.countryNames = countryNames;
	}

	byte[] render(Report report, Locale locale) {
		var snapshot = report.snapshot();
		String published = snapshot.publishedAt().toString().substring(0, 10);
		PdfDocument pdf = this.pdfs.titled(snapshot.title(), locale)
			.cover(null, message("pdf.edition", locale, published.substring(0, 4)),
					message("guidelines.report.publishedOn", locale, published));
		if (report.status() == ReportStatus.WITHDRAWN) {
			pdf.text(message("guidelines.report.withdrawn", locale) + " " + report.withdrawalNote());
		}
		this.markdown.print(snapshot.summary(), pdf);
		for (var frozen : snapshot.blocks()) {
			switch (frozen.block().kind()) {
				case HEADING -> pdf.heading(frozen.block().text());
				case TEXT -> this.markdown.print(frozen.block().text(), pdf);
				case INDICATOR -> indicator(pdf, frozen.block().indicator(), frozen.table(), locale);
			}
		}
		return pdf.render();
	}

	private void indicator(PdfDocument pdf, String code, Table table, Locale locale) {
		String name = this.messages.getMessage("indicator." + code, null, code, locale);
		if (table == null) {
			pdf.subheading(name).text(message("guidelines.indicator.none", locale, code));
			return;
		}
		List<Bar> bars = table.points()
			.stream()
			.map((p) -> new Bar(label(p, locale), p.suppressed() ? null : p.value().doubleValue(),
					p.suppressed() ? message("guidelines.suppressed", locale)
							: p.value().stripTrailingZeros().toPlainString()))
			.toList();
		pdf.bars(message("guidelines.indicator.caption", locale, name, table.periodEnd()), bars);
	}

	private String label(Point point, Locale locale) {
		String country = point.country().isEmpty() ? message("guidelines.indicator.all", locale)
				: this.countryNames.name(point.country(), locale);
		return point.dimension().isEmpty() ? country
				: country + " · " + this.professionNames.name(point.dimension(), locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
