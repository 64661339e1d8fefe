package eu.dhso.skills.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import eu.dhso.skills.LearningRecommendations.Recommendation;
import eu.dhso.skills.assessment.AssessmentScoring.AreaResult;
import eu.dhso.skills.assessment.AssessmentScoring.CompetenceResult;
import eu.dhso.skills.assessment.AssessmentService.PersonalResult;
import eu.dhso.skills.assessment.LearningAdvice.Advice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The personal result as a PDF the person can keep. It embeds the Liberation Sans font
 * that OpenPDF ships, so Greek and Italian labels print on any machine.
 */
@Component
public class ResultPdf {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	ResultPdf(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(PersonalResult personal, List<Advice> advice, Locale locale) {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 16, Font.BOLD);
			Font heading = new Font(base, 12, Font.BOLD);
			Font text = new Font(base, 9);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.addTitle(message("skills.result.title", locale));
			document.open();
			var respondent = personal.attempt().respondent();
			document.add(new Paragraph(message("skills.result.title", locale), title));
			document.add(new Paragraph(message("skills.result.intro", locale,
					message("taxonomy.profession." + respondent.profession(), locale),
					message("taxonomy.care_setting." + respondent.careSetting(), locale),
					DateTimeFormatter.ISO_LOCAL_DATE.format(personal.attempt().submittedAt().atOffset(ZoneOffset.UTC))),
					text));

			document.add(section(message("skills.result.advice", locale), heading));
			if (advice.isEmpty()) {
				document.add(new Paragraph(message("skills.result.noGaps", locale), text));
			}
			for (Advice a : advice) {
				document.add(new Paragraph(
						a.gap().competenceCode() + " " + a.gap().competenceTitle() + " — " + message(
								"skills.result.gapLine", locale, a.gap().assessedLevel(), a.gap().expectedLevel()),
						heading));
				for (Recommendation r : a.recommendations()) {
					document
						.add(new Paragraph(message("skills.result.nextStep", locale) + " " + r.description(), text));
				}
			}

			document.add(section(message("skills.result.areas", locale), heading));
			NumberFormat decimal = NumberFormat.getNumberInstance(locale);
			decimal.setMinimumFractionDigits(1);
			decimal.setMaximumFractionDigits(1);
			PdfPTable areas = table(new float[] { 4, 1.2f, 1.2f, 1.5f, 1.8f }, text, message("skills.area", locale),
					message("skills.result.meanLevel", locale), message("skills.result.meanGap", locale),
					message("skills.result.knowledge", locale), message("skills.result.calibration", locale));
			for (AreaResult area : personal.result().areas()) {
				areas.addCell(cell(area.code() + " " + area.title(), text));
				areas.addCell(cell((area.meanLevel() != null) ? decimal.format(area.meanLevel()) : "", text));
				areas.addCell(cell((area.meanGap() != null) ? decimal.format(area.meanGap()) : "", text));
				areas.addCell(cell((area.knowledgePercent() != null)
						? message("skills.result.percentOf", locale, area.knowledgePercent(), area.knowledgeItems())
						: "", text));
				areas.addCell(cell(message("skills.calibration." + area.calibration(), locale), text));
			}
			document.add(areas);

			document.add(section(message("skills.result.competences", locale), heading));
			PdfPTable competences = table(new float[] { 6, 1.3f, 1.3f, 2.4f }, text,
					message("skills.competence", locale), message("skills.result.yourLevel", locale),
					message("skills.expectedLevel", locale), message("skills.result.gap", locale));
			for (AreaResult area : personal.result().areas()) {
				for (CompetenceResult c : area.competences()) {
					competences.addCell(cell(c.code() + " " + c.title(), text));
					competences.addCell(cell(String.valueOf(c.assessedLevel()), text));
					competences
						.addCell(cell((c.expectedLevel() != null) ? String.valueOf(c.expectedLevel()) : "", text));
					competences.addCell(cell((c.gap() == null) ? "" : (c.gap() > 0)
							? message("skills.result.below", locale, c.gap()) : message("skills.result.met", locale),
							text));
				}
			}
			document.add(competences);
			document.add(new Paragraph(message("skills.result.calibrationHint", locale), text));
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Paragraph section(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	private static PdfPTable table(float[] widths, Font font, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = cell(header, font);
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(3);
		return cell;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
