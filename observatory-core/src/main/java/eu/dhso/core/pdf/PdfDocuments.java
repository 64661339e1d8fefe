package eu.dhso.core.pdf;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Starts every PDF the observatory prints, so each carries the observatory's name and
 * mark, the reader's language and a "page X of Y" footer in that language.
 */
@Component
public class PdfDocuments {

	private final MessageSource messages;

	PdfDocuments(MessageSource messages) {
		this.messages = messages;
	}

	public PdfDocument titled(String title, Locale locale) {
		return new PdfDocument(title, this.messages.getMessage("app.name", null, locale), locale,
				this.messages.getMessage("pdf.pageOf", new Object[] { "{page}", "{pages}" }, locale));
	}

}
