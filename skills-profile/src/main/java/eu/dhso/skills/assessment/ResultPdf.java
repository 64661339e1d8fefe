package eu.dhso.skills.assessment;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocuments;
import eu.dhso.skills.LearningRecommendations.Recommendation;
import eu.dhso.skills.assessment.AssessmentScoring.AreaResult;
import eu.dhso.skills.assessment.AssessmentScoring.CompetenceResult;
import eu.dhso.skills.assessment.SelfAssessmentTaking.PersonalResult;
import eu.dhso.skills.assessment.LearningAdvice.Advice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The personal result as a PDF the person can keep (the assessment report), laid out by
 * the kernel's PDF toolkit.
 */
@Component
public class ResultPdf {

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	ResultPdf(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	public byte[] render(PersonalResult personal, List<Advice> advice, Locale locale) {
		var respondent = personal.attempt().respondent();
		PdfDocument pdf = this.pdfs.titled(message("skills.result.title", locale), locale)
			.cover(null,
					DateTimeFormatter.ISO_LOCAL_DATE.format(personal.attempt().submittedAt().atOffset(ZoneOffset.UTC)))
			.text(message("skills.result.intro", locale,
					message("taxonomy.profession." + respondent.profession(), locale),
					message("taxonomy.care_setting." + respondent.careSetting(), locale),
					DateTimeFormatter.ISO_LOCAL_DATE
						.format(personal.attempt().submittedAt().atOffset(ZoneOffset.UTC))));

		pdf.heading(message("skills.result.advice", locale));
		if (advice.isEmpty()) {
			pdf.text(message("skills.result.noGaps", locale));
		}
		for (Advice a : advice) {
			pdf.subheading(a.gap().competenceCode() + " " + a.gap().competenceTitle() + " — "
					+ message("skills.result.gapLine", locale, a.gap().assessedLevel(), a.gap().expectedLevel()));
			for (Recommendation r : a.recommendations()) {
				pdf.text(message("skills.result.nextStep", locale) + " " + r.description());
			}
		}

		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(1);
		decimal.setMaximumFractionDigits(1);
		List<List<String>> areas = new ArrayList<>();
		List<List<String>> competences = new ArrayList<>();
		for (AreaResult area : personal.result().areas()) {
			areas
				.add(List.of(area.code() + " " + area.title(),
						(area.meanLevel() != null) ? decimal.format(area.meanLevel()) : "",
						(area.meanGap() != null) ? decimal.format(area.meanGap()) : "",
						(area.knowledgePercent() != null) ? message("skills.result.percentOf", locale,
								area.knowledgePercent(), area.knowledgeItems()) : "",
						message("skills.calibration." + area.calibration(), locale)));
			for (CompetenceResult c : area.competences()) {
				competences.add(List.of(c.code() + " " + c.title(), String.valueOf(c.assessedLevel()),
						(c.expectedLevel() != null) ? String.valueOf(c.expectedLevel()) : "",
						(c.gap() == null) ? "" : (c.gap() > 0) ? message("skills.result.below", locale, c.gap())
								: message("skills.result.met", locale)));
			}
		}
		return pdf.heading(message("skills.result.areas", locale))
			.table(new float[] { 4, 1.2f, 1.2f, 1.5f, 1.8f },
					List.of(message("skills.area", locale), message("skills.result.meanLevel", locale),
							message("skills.result.meanGap", locale), message("skills.result.knowledge", locale),
							message("skills.result.calibration", locale)),
					areas)
			.heading(message("skills.result.competences", locale))
			.table(new float[] { 6, 1.3f, 1.3f, 2.4f },
					List.of(message("skills.competence", locale), message("skills.result.yourLevel", locale),
							message("skills.expectedLevel", locale), message("skills.result.gap", locale)),
					competences)
			.note(message("skills.result.calibrationHint", locale))
			.render();
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
