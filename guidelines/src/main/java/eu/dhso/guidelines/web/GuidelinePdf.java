package eu.dhso.guidelines.web;

import java.util.Locale;

import eu.dhso.core.pdf.PdfDocument;
import eu.dhso.core.pdf.PdfDocuments;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.Recommendation;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.text.Markdown;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A published guideline version as PDF, laid out by the kernel's PDF toolkit. */
@Component
class GuidelinePdf {

	private final PdfDocuments pdfs;

	private final Markdown markdown;

	private final MessageSource messages;

	GuidelinePdf(PdfDocuments pdfs, Markdown markdown, MessageSource messages) {
		this.pdfs = pdfs;
		this.markdown = markdown;
		this.messages = messages;
	}

	byte[] render(PublishedVersion version, Locale locale) {
		var document = version.document();
		PdfDocument pdf = this.pdfs.titled(document.title(), locale)
			.cover(message("guidelines.audience", locale) + ": "
					+ message("guidelines.audience." + document.audience(), locale),
					message("guidelines.version.line", locale, version.number(), version.publishedAt().toString()),
					null);
		this.markdown.print(document.summary(), pdf);
		for (var section : document.sections()) {
			if (section.heading() != null) {
				pdf.heading(section.heading());
			}
			this.markdown.print(section.markdown(), pdf);
		}
		pdf.heading(message("guidelines.recommendations", locale));
		for (Recommendation r : document.recommendations()) {
			pdf.bullet(r.text());
			for (Evidence e : r.evidence()) {
				pdf.note("   " + message("guidelines.evidence." + e.kind(), locale) + ": "
						+ ((e.title() != null) ? e.title() + " (" + e.version() + ")" : e.reference())
						+ ((e.figure() != null) ? " " + e.figure() : "") + ((e.link() != null) ? " " + e.link() : ""));
			}
		}
		return pdf.render();
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
