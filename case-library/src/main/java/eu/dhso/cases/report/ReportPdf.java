package eu.dhso.cases.report;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.dhso.cases.report.ReportContent.CaseAbstract;
import eu.dhso.cases.report.ReportContent.Outcome;
import eu.dhso.cases.report.ReportContent.ProfessionImplication;
import eu.dhso.cases.report.ReportContent.SkillRank;
import eu.dhso.cases.report.ReportContent.TechnologyTrend;
import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published Open Report as PDF, laid out by the kernel's PDF toolkit.
 */
@Component
public class ReportPdf {

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	ReportPdf(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	public byte[] render(OpenReport report, Locale locale) {
		ReportContent content = report.getContent();
		String published = DateTimeFormatter.ISO_LOCAL_DATE.format(report.getPublishedAt().atOffset(ZoneOffset.UTC));
		PdfDocument pdf = this.pdfs.titled(report.getTitle(), locale)
			.cover(message("cases.report.caseCount", locale, content.caseCount()),
					message("pdf.edition", locale, published.substring(0, 4)),
					message("cases.report.publishedOn", locale, published));
		if (report.getIntroduction() != null) {
			pdf.heading(message("cases.report.introduction", locale)).text(report.getIntroduction());
		}

		pdf.heading(message("cases.report.trends", locale));
		for (TechnologyTrend trend : content.technologies()) {
			pdf.subheading(message("taxonomy.technology." + trend.technology(), locale))
				.text(message("cases.report.trendLine", locale, trend.cases(),
						trend.countries()
							.stream()
							.map((c) -> country(c.country(), locale) + " (" + c.cases() + ")")
							.collect(Collectors.joining(", ")),
						trend.goodPractices(), trend.promisingPractices()));
			for (Outcome o : trend.outcomes()) {
				pdf.bullet(outcome(o, locale));
			}
		}

		pdf.heading(message("cases.report.skills", locale)).text(message("cases.report.skillsHelp", locale));
		skillTable(pdf, content.skills(), locale);

		pdf.heading(message("cases.report.professions", locale));
		for (ProfessionImplication p : content.professions()) {
			pdf.subheading(message("taxonomy.profession." + p.profession(), locale))
				.text(message("cases.report.professionLine", locale, p.cases(),
						p.technologies()
							.stream()
							.map((t) -> message("taxonomy.technology." + t, locale))
							.collect(Collectors.joining(", "))));
			skillTable(pdf, p.skills(), locale);
		}

		trainingSection(pdf, content.training(), content.caseCount(), locale);

		pdf.heading(message("cases.report.abstracts", locale));
		for (CaseAbstract a : content.abstracts()) {
			pdf.subheading(a.title())
				.text(country(a.country(), locale) + ((a.organisation() != null) ? " · " + a.organisation() : "")
						+ ((a.label() != null) ? " · " + message("cases.label." + a.label(), locale) : ""));
			if (a.summary() != null) {
				pdf.text(a.summary());
			}
			if (a.outcomes() != null) {
				pdf.text(message("cases.field.outcomes", locale) + ": " + a.outcomes());
			}
		}
		if (report.getConclusions() != null) {
			pdf.heading(message("cases.report.conclusions", locale)).text(report.getConclusions());
		}
		if (!report.getCitations().isEmpty()) {
			pdf.heading(message("cases.report.citations", locale));
			for (var cited : report.getCitations()) {
				pdf.text(message("cases.evidence." + cited.kind().name(), locale) + ": " + cited.title() + " "
						+ message("cases.evidence.version", locale, cited.version()) + ((cited.figure() != null)
								? ", " + message("cases.evidence.figure", locale, cited.figure()) : ""));
			}
		}
		return pdf.render();
	}

	private void trainingSection(PdfDocument pdf, ReportContent.TrainingSummary training, int cases, Locale locale) {
		pdf.heading(message("cases.report.training", locale))
			.text(message("cases.report.trainingLine", locale, training.cases(), cases));
		trainingTable(pdf, message("cases.training.method", locale), training.methods(), "cases.training.method.",
				locale);
		trainingTable(pdf, message("cases.training.format", locale), training.formats(), "taxonomy.training_format.",
				locale);
		trainingTable(pdf, message("cases.training.provider", locale), training.providers(), "cases.training.provider.",
				locale);
	}

	private void trainingTable(PdfDocument pdf, String heading, List<ReportContent.TrainingCount> counts, String prefix,
			Locale locale) {
		if (!counts.isEmpty()) {
			pdf.table(new float[] { 6, 1.4f }, List.of(heading, message("cases.report.trainingCases", locale)),
					counts.stream()
						.map((c) -> List.of(message(prefix + c.code(), locale), String.valueOf(c.cases())))
						.toList());
		}
	}

	private void skillTable(PdfDocument pdf, List<SkillRank> skills, Locale locale) {
		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(1);
		decimal.setMaximumFractionDigits(1);
		pdf.table(
				new float[] { 6, 1.4f, 1.8f,
						1.4f },
				List.of(message("cases.report.competence", locale), message("cases.report.frequency", locale),
						message("cases.report.meanImportance", locale), message("cases.report.score", locale)),
				skills.stream()
					.map((s) -> List.of(
							s.competenceCode() + " " + ((s.competenceTitle() != null) ? s.competenceTitle() : ""),
							String.valueOf(s.cases()), decimal.format(s.meanImportance()), String.valueOf(s.score())))
					.toList());
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

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
