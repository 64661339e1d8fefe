package eu.dhso.guidelines.text;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import eu.dhso.core.pdf.PdfDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Renders the Markdown that editors write into HTML that is safe to show: CommonMark with
 * tables, raw HTML escaped by the renderer, and the result cleaned by jsoup's allow-list
 * all the same, so no script, style or event attribute survives.
 */
@Component
public class Markdown {

	private static final Safelist SAFE = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("a", "rel")
		.addProtocols("a", "href", "http", "https", "mailto")
		.preserveRelativeLinks(true);

	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(List.of(TablesExtension.create()))
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = this.renderer.render(this.parser.parse(markdown));
		return Jsoup.clean(html, "http://dhso.invalid/", SAFE);
	}

	/** The Markdown printed into a PDF block by block, as plain text, headings kept. */
	public PdfDocument print(String markdown, PdfDocument pdf) {
		for (Element block : Jsoup.parseBodyFragment(toSafeHtml(markdown)).body().select("h1, h2, h3, h4, p, li, tr")) {
			if (block.tagName().startsWith("h")) {
				pdf.subheading(block.text());
			}
			else if (block.tagName().equals("li")) {
				pdf.bullet(block.text());
			}
			else {
				pdf.text(block.text());
			}
		}
		return pdf;
	}

}
