package eu.dhso.lab.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.dhso.core.disclosure.Released;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.evaluation.Reports.CompetenceChange;
import eu.dhso.lab.evaluation.Reports.ModuleSatisfaction;
import eu.dhso.lab.evaluation.Reports.PilotComparison;
import eu.dhso.lab.evaluation.Reports.PilotRow;
import eu.dhso.lab.evaluation.Reports.TypeSatisfaction;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The lab's PDFs: completion certificates and evaluation reports. They embed the
 * Liberation Sans font that OpenPDF ships, so Greek and Italian print on any machine.
 * Hidden figures print as the same words the pages show.
 */
@Component
public class LabPdf {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	LabPdf(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] certificate(Cohort cohort, SchemeSnapshot version, String participantName, int attendancePercent,
			Locale locale) {
		return render(locale, message("lab.certificate.title", locale), PageSize.A4.rotate(), (document, fonts) -> {
			Paragraph title = new Paragraph(message("lab.certificate.title", locale), fonts.big());
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(60);
			document.add(title);
			Paragraph certifies = new Paragraph(message("lab.certificate.certifies", locale), fonts.text());
			certifies.setAlignment(Element.ALIGN_CENTER);
			certifies.setSpacingBefore(30);
			document.add(certifies);
			Paragraph name = new Paragraph(participantName, fonts.title());
			name.setAlignment(Element.ALIGN_CENTER);
			name.setSpacingBefore(12);
			document.add(name);
			Paragraph completed = new Paragraph(message("lab.certificate.completed", locale), fonts.text());
			completed.setAlignment(Element.ALIGN_CENTER);
			completed.setSpacingBefore(12);
			document.add(completed);
			Paragraph scheme = new Paragraph(version.title(), fonts.heading());
			scheme.setAlignment(Element.ALIGN_CENTER);
			scheme.setSpacingBefore(6);
			document.add(scheme);
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
			Paragraph details = new Paragraph(message("lab.certificate.details", locale, cohort.title(),
					country(cohort.countryCode(), locale), dates.format(cohort.startsOn()),
					dates.format(cohort.endsOn()), version.workloadHours(), attendancePercent), fonts.text());
			details.setAlignment(Element.ALIGN_CENTER);
			details.setSpacingBefore(18);
			document.add(details);
			StringBuilder modules = new StringBuilder();
			version.modules().forEach((m) -> modules.append(m.position()).append(". ").append(m.title()).append("\n"));
			Paragraph list = new Paragraph(modules.toString(), fonts.small());
			list.setAlignment(Element.ALIGN_CENTER);
			list.setSpacingBefore(18);
			document.add(list);
			Paragraph issuer = new Paragraph(message("lab.certificate.issuer", locale,
					(version.organisationName() != null) ? version.organisationName() : message("app.name", locale)),
					fonts.small());
			issuer.setAlignment(Element.ALIGN_CENTER);
			issuer.setSpacingBefore(24);
			document.add(issuer);
		});
	}

	public byte[] cohortReport(CohortReport report, Locale locale) {
		String heading = message("lab.evaluation.cohort.title", locale, report.cohort().title());
		return render(locale, heading, PageSize.A4, (document, fonts) -> {
			document.add(new Paragraph(heading, fonts.title()));
			document.add(new Paragraph(message("lab.evaluation.cohort.meta", locale, report.version().title(),
					report.version().number(), country(report.cohort().countryCode(), locale),
					report.cohort().startsOn().toString(), report.cohort().endsOn().toString()), fonts.text()));
			document.add(new Paragraph(message("lab.evaluation.suppression", locale), fonts.small()));
			section(document, message("lab.evaluation.summary", locale), fonts);
			PdfPTable summary = table(fonts, 2, message("lab.evaluation.measure", locale),
					message("lab.evaluation.value", locale));
			row(summary, fonts, message("lab.evaluation.enrolled", locale), String.valueOf(report.enrolled()));
			row(summary, fonts, message("lab.evaluation.completed", locale), String.valueOf(report.completed()));
			row(summary, fonts, message("lab.evaluation.attendance", locale),
					figure(report.attendancePercent(), locale));
			row(summary, fonts, message("lab.evaluation.preMean", locale), figure(report.preMean(), locale));
			row(summary, fonts, message("lab.evaluation.postMean", locale), figure(report.postMean(), locale));
			row(summary, fonts, message("lab.evaluation.gain", locale), figure(report.gain(), locale));
			document.add(summary);
			section(document, message("lab.evaluation.competences", locale), fonts);
			PdfPTable competences = table(fonts, 3, message("lab.evaluation.competence", locale),
					message("lab.evaluation.pre", locale), message("lab.evaluation.post", locale));
			for (CompetenceChange change : report.competences()) {
				row(competences, fonts, change.code() + " " + change.title(), figure(change.pre(), locale),
						figure(change.post(), locale));
			}
			document.add(competences);
			section(document, message("lab.evaluation.satisfaction", locale), fonts);
			PdfPTable modules = table(fonts, 7, message("lab.evaluation.module", locale),
					message("lab.evaluation.respondents", locale), message("lab.feedback.item.relevance.short", locale),
					message("lab.feedback.item.clarity.short", locale),
					message("lab.feedback.item.applicability.short", locale),
					message("lab.feedback.item.facilitation.short", locale),
					message("lab.feedback.item.overall.short", locale));
			for (ModuleSatisfaction m : report.modules()) {
				row(modules, fonts, m.position() + ". " + m.title(), count(m.respondents(), locale),
						figure(m.relevance(), locale), figure(m.clarity(), locale), figure(m.applicability(), locale),
						figure(m.facilitation(), locale), figure(m.overall(), locale));
			}
			document.add(modules);
			section(document, message("lab.evaluation.byActivityType", locale), fonts);
			PdfPTable types = table(fonts, 2, message("lab.evaluation.activityType", locale),
					message("lab.evaluation.rating", locale));
			for (TypeSatisfaction t : report.activityTypes()) {
				row(types, fonts, message("lab.activity.type." + t.type().name(), locale), figure(t.rating(), locale));
			}
			document.add(types);
			for (ModuleSatisfaction m : report.modules()) {
				if (!m.comments().isEmpty()) {
					section(document, message("lab.evaluation.comments", locale, m.title()), fonts);
					for (String comment : m.comments()) {
						document.add(new Paragraph("• " + comment, fonts.small()));
					}
				}
			}
		});
	}

	public byte[] comparison(PilotComparison comparison, Locale locale) {
		String heading = message("lab.evaluation.pilots.title", locale);
		return render(locale, heading, PageSize.A4, (document, fonts) -> {
			document.add(new Paragraph(heading, fonts.title()));
			document.add(new Paragraph(message("lab.evaluation.suppression", locale), fonts.small()));
			section(document, message("lab.evaluation.byCohort", locale), fonts);
			document.add(pilotTable(comparison.cohorts(), fonts, locale, false));
			section(document, message("lab.evaluation.byCountry", locale), fonts);
			List<PilotRow> countries = new java.util.ArrayList<>(comparison.countries());
			countries.add(comparison.total());
			document.add(pilotTable(countries, fonts, locale, true));
		});
	}

	private PdfPTable pilotTable(List<PilotRow> rows, Fonts fonts, Locale locale, boolean countries) {
		PdfPTable table = table(fonts, 6,
				countries ? message("lab.evaluation.country", locale) : message("lab.evaluation.cohortName", locale),
				message("lab.evaluation.cohorts", locale), message("lab.evaluation.enrolled", locale),
				message("lab.evaluation.completed", locale), message("lab.evaluation.gain", locale),
				message("lab.evaluation.overallSatisfaction", locale));
		for (PilotRow r : rows) {
			String label = (r.label() == null) ? message("lab.evaluation.allPilots", locale) : countries
					? country(r.countryCode(), locale) : r.label() + " (" + country(r.countryCode(), locale) + ")";
			row(table, fonts, label, String.valueOf(r.cohorts()), String.valueOf(r.enrolled()),
					String.valueOf(r.completed()), figure(r.gain(), locale), figure(r.satisfaction(), locale));
		}
		return table;
	}

	private String figure(Released figure, Locale locale) {
		if (figure.isSuppressed()) {
			return message("lab.evaluation.suppressed", locale);
		}
		return message("lab.evaluation.figure", locale, figure.formatted(), figure.people());
	}

	private String count(Released count, Locale locale) {
		return count.isSuppressed() ? message("lab.evaluation.suppressed", locale) : String.valueOf(count.people());
	}

	private static String country(String code, Locale locale) {
		return (code == null) ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	private static void section(Document document, String title, Fonts fonts) {
		Paragraph paragraph = new Paragraph(title, fonts.heading());
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static PdfPTable table(Fonts fonts, int columns, String... headers) {
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, fonts.bold()));
			cell.setBackgroundColor(new java.awt.Color(0xee, 0xf2, 0xf6));
			table.addCell(cell);
		}
		return table;
	}

	private static void row(PdfPTable table, Fonts fonts, String... values) {
		for (String value : values) {
			PdfPCell cell = new PdfPCell(new Phrase(value, fonts.small()));
			cell.setBorder(Rectangle.BOTTOM);
			table.addCell(cell);
		}
	}

	private byte[] render(Locale locale, String title, Rectangle size, Content content) {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Fonts fonts = new Fonts(new Font(base, 26, Font.BOLD), new Font(base, 16, Font.BOLD),
					new Font(base, 12, Font.BOLD), new Font(base, 11), new Font(base, 9), new Font(base, 9, Font.BOLD));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(size, 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.addTitle(title);
			document.open();
			content.write(document, fonts);
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private record Fonts(Font big, Font title, Font heading, Font text, Font small, Font bold) {
	}

	@FunctionalInterface
	private interface Content {

		void write(Document document, Fonts fonts);

	}

}
