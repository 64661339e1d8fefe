package eu.dhso.cases.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.dhso.cases.report.ReportContent.CaseAbstract;
import eu.dhso.cases.report.ReportContent.Outcome;
import eu.dhso.cases.report.ReportContent.ProfessionImplication;
import eu.dhso.cases.report.ReportContent.SkillRank;
import eu.dhso.cases.report.ReportContent.TechnologyTrend;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published Open Report as PDF. It embeds the Liberation Sans font that OpenPDF ships,
 * so Greek, Italian and Lithuanian text prints on any machine.
 */
@Component
public class ReportPdf {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	ReportPdf(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(OpenReport report, Locale locale) {
		ReportContent content = report.getContent();
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 18, Font.BOLD);
			Font heading = new Font(base, 13, Font.BOLD);
			Font subheading = new Font(base, 11, Font.BOLD);
			Font text = new Font(base, 9.5f);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 48, 48, 48, 48);
			PdfWriter.getInstance(document, out);
			document.addTitle(report.getTitle());
			document.open();
			document.add(new Paragraph(report.getTitle(), title));
			document.add(new Paragraph(
					message("cases.report.publishedOn", locale,
							DateTimeFormatter.ISO_LOCAL_DATE.format(report.getPublishedAt().atOffset(ZoneOffset.UTC))),
					text));
			document.add(new Paragraph(message("cases.report.caseCount", locale, content.caseCount()), text));
			if (report.getIntroduction() != null) {
				document.add(section(message("cases.report.introduction", locale), heading));
				document.add(new Paragraph(report.getIntroduction(), text));
			}

			document.add(section(message("cases.report.trends", locale), heading));
			for (TechnologyTrend trend : content.technologies()) {
				document.add(section(message("taxonomy.technology." + trend.technology(), locale), subheading));
				document.add(new Paragraph(message("cases.report.trendLine", locale, trend.cases(),
						trend.countries()
							.stream()
							.map((c) -> country(c.country(), locale) + " (" + c.cases() + ")")
							.collect(Collectors.joining(", ")),
						trend.goodPractices(), trend.promisingPractices()), text));
				for (Outcome o : trend.outcomes()) {
					document.add(new Paragraph("• " + outcome(o, locale), text));
				}
			}

			document.add(section(message("cases.report.skills", locale), heading));
			document.add(new Paragraph(message("cases.report.skillsHelp", locale), text));
			document.add(skillTable(content.skills(), text, locale));

			document.add(section(message("cases.report.professions", locale), heading));
			for (ProfessionImplication p : content.professions()) {
				document.add(section(message("taxonomy.profession." + p.profession(), locale), subheading));
				document.add(new Paragraph(message("cases.report.professionLine", locale, p.cases(),
						p.technologies()
							.stream()
							.map((t) -> message("taxonomy.technology." + t, locale))
							.collect(Collectors.joining(", "))),
						text));
				document.add(skillTable(p.skills(), text, locale));
			}

			document.add(section(message("cases.report.abstracts", locale), heading));
			for (CaseAbstract a : content.abstracts()) {
				document.add(section(a.title(), subheading));
				String where = country(a.country(), locale)
						+ ((a.organisation() != null) ? " · " + a.organisation() : "")
						+ ((a.label() != null) ? " · " + message("cases.label." + a.label(), locale) : "");
				document.add(new Paragraph(where, text));
				if (a.summary() != null) {
					document.add(new Paragraph(a.summary(), text));
				}
				if (a.outcomes() != null) {
					document.add(new Paragraph(message("cases.field.outcomes", locale) + ": " + a.outcomes(), text));
				}
			}
			if (report.getConclusions() != null) {
				document.add(section(message("cases.report.conclusions", locale), heading));
				document.add(new Paragraph(report.getConclusions(), text));
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PdfPTable skillTable(List<SkillRank> skills, Font font, Locale locale) {
		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(1);
		decimal.setMaximumFractionDigits(1);
		PdfPTable table = new PdfPTable(new float[] { 6, 1.4f, 1.8f, 1.4f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(4);
		for (String header : List.of(message("cases.report.competence", locale),
				message("cases.report.frequency", locale), message("cases.report.meanImportance", locale),
				message("cases.report.score", locale))) {
			PdfPCell cell = cell(header, font);
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
		for (SkillRank s : skills) {
			table.addCell(
					cell(s.competenceCode() + " " + ((s.competenceTitle() != null) ? s.competenceTitle() : ""), font));
			table.addCell(cell(String.valueOf(s.cases()), font));
			table.addCell(cell(decimal.format(s.meanImportance()), font));
			table.addCell(cell(String.valueOf(s.score()), font));
		}
		return table;
	}

	private String outcome(Outcome o, Locale locale) {
		String value = o.value() + ((o.unit() != null) ? " " + o.unit() : "");
		String line = o.name() + ": " + value;
		if (o.baseline() != null) {
			line += " (" + message("cases.report.baseline", locale, o.baseline()) + ")";
		}
		return line + " — " + o.caseTitle();
	}

	private static String country(String code, Locale locale) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	private static Paragraph section(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(3);
		return cell;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
