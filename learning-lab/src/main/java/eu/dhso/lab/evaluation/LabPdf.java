package eu.dhso.lab.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocuments;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.evaluation.Reports.CompetenceChange;
import eu.dhso.lab.evaluation.Reports.ModuleSatisfaction;
import eu.dhso.lab.evaluation.Reports.PilotComparison;
import eu.dhso.lab.evaluation.Reports.PilotRow;
import eu.dhso.lab.evaluation.Reports.TypeSatisfaction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pilot evaluation's PDFs (a cohort's report and the comparison across pilots), laid
 * out by the kernel's PDF toolkit. Hidden figures print as the same words the pages show.
 */
@Component
public class LabPdf {

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final SchemeTranslating translating;

	LabPdf(PdfDocuments pdfs, MessageSource messages, SchemeTranslating translating) {
		this.translating = translating;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	public byte[] cohortReport(CohortReport report, Locale locale) {
		// scheme and module titles in the reader's language where translated
		SchemeTranslating.Titles titles = this.translating.titles(ContentLanguage.of(locale));
		PdfDocument pdf = this.pdfs
			.titled(message("lab.evaluation.cohort.title", locale, report.cohort().title()), locale)
			.cover(message("lab.evaluation.cohort.meta", locale,
					titles.scheme(report.version().schemeId(), report.version().title()), report.version().number(),
					country(report.cohort().countryCode(), locale), report.cohort().startsOn().toString(),
					report.cohort().endsOn().toString()), null)
			.note(message("lab.evaluation.suppression", locale))
			.heading(message("lab.evaluation.summary", locale))
			.table(List.of(message("lab.evaluation.measure", locale), message("lab.evaluation.value", locale)),
					List.of(List.of(message("lab.evaluation.enrolled", locale), String.valueOf(report.enrolled())),
							List.of(message("lab.evaluation.completed", locale), String.valueOf(report.completed())),
							List.of(message("lab.evaluation.attendance", locale),
									figure(report.attendancePercent(), locale)),
							List.of(message("lab.evaluation.preMean", locale), figure(report.preMean(), locale)),
							List.of(message("lab.evaluation.postMean", locale), figure(report.postMean(), locale)),
							List.of(message("lab.evaluation.gain", locale), figure(report.gain(), locale))))
			.heading(message("lab.evaluation.competences", locale))
			.table(List.of(message("lab.evaluation.competence", locale), message("lab.evaluation.pre", locale),
					message("lab.evaluation.post", locale)),
					report.competences()
						.stream()
						.map((CompetenceChange c) -> List.of(c.code() + " " + c.title(), figure(c.pre(), locale),
								figure(c.post(), locale)))
						.toList())
			.heading(message("lab.evaluation.satisfaction", locale))
			.table(List.of(message("lab.evaluation.module", locale), message("lab.evaluation.respondents", locale),
					message("lab.feedback.item.relevance.short", locale),
					message("lab.feedback.item.clarity.short", locale),
					message("lab.feedback.item.applicability.short", locale),
					message("lab.feedback.item.facilitation.short", locale),
					message("lab.feedback.item.overall.short", locale)),
					report.modules()
						.stream()
						.map((ModuleSatisfaction m) -> List.of(
								m.position() + ". " + titles.module(m.moduleId(), m.title()),
								count(m.respondents(), locale), figure(m.relevance(), locale),
								figure(m.clarity(), locale), figure(m.applicability(), locale),
								figure(m.facilitation(), locale), figure(m.overall(), locale)))
						.toList())
			.heading(message("lab.evaluation.byActivityType", locale))
			.table(List.of(message("lab.evaluation.activityType", locale), message("lab.evaluation.rating", locale)),
					report.activityTypes()
						.stream()
						.map((TypeSatisfaction t) -> List.of(message("lab.activity.type." + t.type().name(), locale),
								figure(t.rating(), locale)))
						.toList());
		for (ModuleSatisfaction m : report.modules()) {
			if (!m.comments().isEmpty()) {
				pdf.heading(message("lab.evaluation.comments", locale, titles.module(m.moduleId(), m.title())));
				m.comments().forEach((comment) -> pdf.note("• " + comment));
			}
		}
		return pdf.render();
	}

	public byte[] comparison(PilotComparison comparison, Locale locale) {
		List<PilotRow> countries = new ArrayList<>(comparison.countries());
		countries.add(comparison.total());
		return this.pdfs.titled(message("lab.evaluation.pilots.title", locale), locale)
			.cover(null, null)
			.note(message("lab.evaluation.suppression", locale))
			.heading(message("lab.evaluation.byCohort", locale))
			.table(pilotHeaders(locale, false), pilotRows(comparison.cohorts(), locale, false))
			.heading(message("lab.evaluation.byCountry", locale))
			.table(pilotHeaders(locale, true), pilotRows(countries, locale, true))
			.render();
	}

	private List<String> pilotHeaders(Locale locale, boolean countries) {
		return List.of(
				countries ? message("lab.evaluation.country", locale) : message("lab.evaluation.cohortName", locale),
				message("lab.evaluation.cohorts", locale), message("lab.evaluation.enrolled", locale),
				message("lab.evaluation.completed", locale), message("lab.evaluation.gain", locale),
				message("lab.evaluation.overallSatisfaction", locale));
	}

	private List<List<String>> pilotRows(List<PilotRow> rows, Locale locale, boolean countries) {
		List<List<String>> printed = new ArrayList<>();
		for (PilotRow r : rows) {
			String label = (r.label() == null) ? message("lab.evaluation.allPilots", locale) : countries
					? country(r.countryCode(), locale) : r.label() + " (" + country(r.countryCode(), locale) + ")";
			printed.add(List.of(label, String.valueOf(r.cohorts()), String.valueOf(r.enrolled()),
					String.valueOf(r.completed()), figure(r.gain(), locale), figure(r.satisfaction(), locale)));
		}
		return printed;
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

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
