package eu.dhso.lab.certificate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocument.Size;
import eu.dhso.core.pdf.PdfDocuments;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The completion certificate as PDF, laid out by the kernel's PDF toolkit. */
@Component
public class CertificatePdf {

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final SchemeTranslating translating;

	CertificatePdf(PdfDocuments pdfs, MessageSource messages, SchemeTranslating translating) {
		this.translating = translating;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * A completion certificate as issued: what it states comes from the certificate
	 * record, with the link and QR code of its public check.
	 */
	public byte[] certificate(CohortSummary cohort, Certificate certificate, int attendancePercent, String checkLink,
			Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		PdfDocument pdf = this.pdfs.titled(message("lab.certificate.title", locale), locale)
			.landscape()
			.letterhead()
			.centred(message("lab.certificate.title", locale), Size.BIG, 6)
			.centred(message("lab.certificate.certifies", locale), Size.TEXT, 12)
			.centred(certificate.getHolderName(), Size.TITLE, 6)
			.centred(message("lab.certificate.completed", locale), Size.TEXT, 6)
			.centred(message("lab.certificate.scheme", locale,
					this.translating.titles(ContentLanguage.of(locale))
						.scheme(cohort.schemeId(), certificate.getSchemeTitle()),
					certificate.getSchemeVersion()), Size.HEADING, 4)
			.centred(message("lab.certificate.details", locale, cohort.title(), country(cohort.countryCode(), locale),
					dates.format(cohort.startsOn()), dates.format(cohort.endsOn()), certificate.getWorkloadHours(),
					attendancePercent), Size.TEXT, 10);
		if (!certificate.getCompetences().isEmpty()) {
			pdf.centred(message("lab.certificate.competences", locale) + "\n"
					+ String.join("\n", certificate.getCompetences()), Size.SMALL, 8);
		}
		return pdf
			.centred(
					message("lab.certificate.issuer", locale,
							(certificate.getIssuer() != null) ? certificate.getIssuer() : message("app.name", locale))
							+ " "
							+ message("lab.certificate.issuedOn", locale,
									dates.format(certificate.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate())),
					Size.SMALL, 8)
			.centred(message("lab.certificate.verifyLine", locale, certificate.getCode()), Size.SMALL, 6)
			.qrCode(checkLink)
			.render();
	}

	private static String country(String code, Locale locale) {
		return (code == null) ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
