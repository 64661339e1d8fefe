package eu.dhso.core.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * A printable document built from parts: a cover, headings, text, tables, bar charts and
 * QR codes. Builders say only what goes in; how it looks lives here. The parts become
 * XHTML laid out by openhtmltopdf on PDFBox, so that every PDF is tagged (PDF/UA:
 * structure tree, the reader's language, the title shown), its tables repeat their header
 * on each page, its charts and the observatory's mark are vectors (SVG), and the embedded
 * DejaVu Sans prints Greek and the accented Latin of every language offered. Every page
 * but the first carries the title as a header; every page carries the observatory's name
 * and "page X of Y" as a footer. Made by {@link PdfDocuments}.
 */
public final class PdfDocument {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");

	/** The observatory's mark, the same drawing as the site's icon. */
	private static final String MARK = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mark\" alt=\"%s\" width=\"%s\" height=\"%s\""
			+ " viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#0b5d7a\"/>"
			+ "<rect x=\"8\" y=\"8\" width=\"16\" height=\"16\" rx=\"3\" fill=\"#d9822b\"/></svg>";

	private static final String BAR_FILL = "#2b6cb0";

	/** Width of a bar at 100 %, in CSS pixels. */
	private static final int BAR_TRACK = 220;

	private static final String STYLE = """
			@page { size: %s; margin: 22mm 18mm 20mm 18mm;
			  @top-left { content: %s; font-family: '%s'; font-size: 8pt; color: #555; }
			  @top-right { content: %s; font-family: '%s'; font-size: 8pt; color: #555; }
			  @bottom-left { content: %s; font-family: '%s'; font-size: 8pt; color: #555; }
			  @bottom-right { content: %s; font-family: '%s'; font-size: 8pt; color: #555; } }
			@page :first { @top-left { content: none; } @top-right { content: none; } }
			body { font-family: '%s'; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }
			h1 { font-size: 20pt; margin: 0 0 6pt 0; }
			h2 { font-size: 13pt; margin: 14pt 0 4pt 0; color: #0b5d7a; page-break-after: avoid; }
			h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; page-break-after: avoid; }
			p { margin: 0 0 4pt 0; }
			p.note { font-size: 8.5pt; color: #333; }
			ul { margin: 0 0 4pt 0; padding-left: 14pt; }
			li { margin: 0 0 2pt 0; }
			.cover { page-break-after: always; padding-top: 40mm; }
			.cover .brand { margin-bottom: 30mm; }
			.cover h1 { font-size: 26pt; }
			.cover .subtitle { font-size: 14pt; margin-top: 8pt; }
			.cover .edition, .cover .date { font-size: 11pt; color: #333; }
			.brand { font-size: 12pt; font-weight: bold; color: #0b5d7a; margin-bottom: 10pt; }
			.brand svg { display: inline-block; vertical-align: middle; margin-right: 8pt; }
			.centred { text-align: center; margin: 0; }
			.big { font-size: 26pt; font-weight: bold; }
			.title { font-size: 18pt; font-weight: bold; }
			.heading { font-size: 12.5pt; font-weight: bold; }
			.small { font-size: 8.5pt; }
			table { width: 100%%; border-collapse: collapse; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate;
			  -fs-border-rendering: no-bevel; }
			tr { page-break-inside: avoid; }
			th { background-color: #eef2f6; font-size: 9pt; font-weight: bold; text-align: left; }
			th, td { border: 0.5pt solid #9aa5b1; padding: 3pt; vertical-align: middle; }
			td { font-size: 8.5pt; }
			table.chart td { border: none; padding: 1.5pt 3pt; }
			table.chart th { background-color: transparent; border: none; border-bottom: 0.5pt solid #9aa5b1; }
			td.number { text-align: right; }
			.caption { font-weight: bold; font-size: 9pt; margin: 6pt 0 2pt 0; }
			.qr { text-align: center; margin-top: 10pt; }
			.qr svg { display: block; margin: 0 auto; }
			.qr p { font-size: 8pt; margin-top: 2pt; }
			""";

	static {
		// the renderer reports every stylesheet and font it loads; only problems are
		// worth a line
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final String title;

	private final String observatory;

	private final Locale locale;

	private final String pageLabel;

	private final List<Part> parts = new ArrayList<>();

	private String edition;

	private boolean landscape;

	/**
	 * @param pageLabel the footer's "page X of Y" with {@code {page}} and {@code {pages}}
	 * where the numbers go
	 */
	PdfDocument(String title, String observatory, Locale locale, String pageLabel) {
		this.title = title;
		this.observatory = observatory;
		this.locale = locale;
		this.pageLabel = pageLabel;
	}

	/** Landscape pages, as a certificate has. */
	public PdfDocument landscape() {
		this.landscape = true;
		return this;
	}

	/**
	 * The cover page: the observatory's mark and name, the title, a subtitle and the date
	 * line; the body starts on the next page.
	 */
	public PdfDocument cover(String subtitle, String dateLine) {
		return cover(subtitle, null, dateLine);
	}

	/**
	 * The cover page with an edition line (a version, a period), which the header of
	 * every later page repeats.
	 */
	public PdfDocument cover(String subtitle, String edition, String dateLine) {
		this.edition = edition;
		StringBuilder html = new StringBuilder("<div class=\"cover\">").append(brand(28))
			.append("<h1>")
			.append(escape(this.title))
			.append("</h1>");
		optional(html, "subtitle", subtitle);
		optional(html, "edition", edition);
		optional(html, "date", dateLine);
		this.parts.add(new Part(false, html.append("</div>").toString()));
		return this;
	}

	/** The observatory's mark and name at the top of a page without a cover. */
	public PdfDocument letterhead() {
		return add(brand(22));
	}

	public PdfDocument heading(String text) {
		return add("<h2>" + escape(text) + "</h2>");
	}

	public PdfDocument subheading(String text) {
		return add("<h3>" + escape(text) + "</h3>");
	}

	public PdfDocument text(String text) {
		return add("<p>" + escape(text) + "</p>");
	}

	/** Smaller print: methods, notes, comments. */
	public PdfDocument note(String text) {
		return add("<p class=\"note\">" + escape(text) + "</p>");
	}

	/** An item of a list; consecutive items make one list. */
	public PdfDocument bullet(String text) {
		this.parts.add(new Part(true, "<li>" + escape(text) + "</li>"));
		return this;
	}

	/**
	 * A centred line in one of the document's sizes, with space before it (in points);
	 * the biggest size is the document's main heading.
	 */
	public PdfDocument centred(String text, Size size, float spaceBefore) {
		String tag = (size == Size.BIG) ? "h1" : "p";
		return add("<" + tag + " class=\"centred " + size.name().toLowerCase(Locale.ROOT) + "\" style=\"margin-top: "
				+ spaceBefore + "pt\">" + escape(text) + "</" + tag + ">");
	}

	public PdfDocument table(List<String> headers, List<? extends List<String>> rows) {
		return table(null, headers, rows);
	}

	/**
	 * A table with relative column widths (or equal ones when {@code widths} is null).
	 * Its header row repeats on every page the table runs onto.
	 */
	public PdfDocument table(float[] widths, List<String> headers, List<? extends List<String>> rows) {
		StringBuilder html = new StringBuilder("<table>");
		columns(html, widths);
		html.append("<thead><tr>");
		headers.forEach((header) -> html.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (List<String> row : rows) {
			html.append("<tr>");
			row.forEach((value) -> html.append("<td>").append(escape(value)).append("</td>"));
			html.append("</tr>");
		}
		return add(html.append("</tbody></table>").toString());
	}

	/**
	 * A horizontal bar chart: one row per bar with its label, a bar drawn as a vector in
	 * proportion to the largest value, and the value as text; a row without a value
	 * (suppressed) shows its text and no bar. The labels and values stay real text, so
	 * the chart reads as a table to assistive technology.
	 */
	public PdfDocument bars(String caption, List<Bar> bars) {
		double max = bars.stream()
			.filter((b) -> b.value() != null)
			.mapToDouble((b) -> Math.abs(b.value()))
			.max()
			.orElse(0);
		StringBuilder html = new StringBuilder();
		if (caption != null) {
			html.append("<p class=\"caption\">").append(escape(caption)).append("</p>");
		}
		html.append("<table class=\"chart\">");
		columns(html, new float[] { 3, 4, 1.6f });
		html.append("<tbody>");
		for (Bar bar : bars) {
			double share = (bar.value() == null || max == 0) ? 0 : Math.abs(bar.value()) / max;
			html.append("<tr><td>").append(escape(bar.label())).append("</td><td>");
			if (share > 0) {
				html.append(String.format(Locale.ROOT,
						"<svg xmlns=\"http://www.w3.org/2000/svg\" alt=\"%s\" width=\"%d\" height=\"10\" viewBox=\"0 0 %d 10\">"
								+ "<rect x=\"0\" y=\"1\" width=\"%.2f\" height=\"8\" fill=\"%s\"/></svg>",
						escape(bar.label() + ": " + bar.shown()), BAR_TRACK, BAR_TRACK, Math.max(share * BAR_TRACK, 1),
						BAR_FILL));
			}
			html.append("</td><td class=\"number\">").append(escape(bar.shown())).append("</td></tr>");
		}
		return add(html.append("</tbody></table>").toString());
	}

	/**
	 * A QR code for a link, drawn as vectors (one square per dark module), with the link
	 * printed under it so it can also be typed.
	 */
	public PdfDocument qrCode(String link) {
		BitMatrix matrix;
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 4);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode this link as a QR code", ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return add("<div class=\"qr\"><svg xmlns=\"http://www.w3.org/2000/svg\" alt=\"" + escape(link)
				+ "\" width=\"120\" height=\"120\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\""
				+ " height=\"100%\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"" + path + "\"/></svg><p>"
				+ escape(link) + "</p></div>");
	}

	/** The finished PDF. */
	public byte[] render() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
						BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(svg);
			// everything is inline: nothing is ever fetched while printing
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer(this.observatory);
			builder.withHtmlContent(html(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The XHTML the PDF is laid out from. */
	String html() {
		String footer = cssString(this.pageLabel).replace("{page}", "\" counter(page) \"")
			.replace("{pages}", "\" counter(pages) \"");
		String style = String.format(Locale.ROOT, STYLE, this.landscape ? "A4 landscape" : "A4", cssString(this.title),
				FONT_FAMILY, cssString((this.edition != null) ? this.edition : ""), FONT_FAMILY,
				cssString(this.observatory), FONT_FAMILY, footer, FONT_FAMILY, FONT_FAMILY);
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(escape(this.locale.toLanguageTag()))
			.append("\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(this.title))
			.append("</title><meta name=\"author\" content=\"")
			.append(escape(this.observatory))
			.append("\"/><meta name=\"subject\" content=\"")
			.append(escape(this.title))
			.append("\"/><style>")
			.append(style)
			.append("</style></head><body>");
		if (this.parts.isEmpty()) {
			html.append("<h1>").append(escape(this.title)).append("</h1>");
		}
		boolean inList = false;
		for (Part part : this.parts) {
			if (part.item() != inList) {
				html.append(part.item() ? "<ul>" : "</ul>");
				inList = part.item();
			}
			html.append(part.html());
		}
		if (inList) {
			html.append("</ul>");
		}
		return html.append("</body></html>").toString();
	}

	private PdfDocument add(String html) {
		this.parts.add(new Part(false, html));
		return this;
	}

	private String brand(int size) {
		return "<div class=\"brand\">" + String.format(Locale.ROOT, MARK, escape(this.observatory), size, size)
				+ escape(this.observatory) + "</div>";
	}

	private static void optional(StringBuilder html, String css, String text) {
		if (text != null && !text.isBlank()) {
			html.append("<p class=\"").append(css).append("\">").append(escape(text)).append("</p>");
		}
	}

	private static void columns(StringBuilder html, float[] widths) {
		if (widths == null) {
			return;
		}
		double sum = 0;
		for (float width : widths) {
			sum += width;
		}
		html.append("<colgroup>");
		for (float width : widths) {
			html.append(String.format(Locale.ROOT, "<col style=\"width: %.1f%%\"/>", 100 * width / sum));
		}
		html.append("</colgroup>");
	}

	/**
	 * Text as XHTML: markup escaped, characters XML forbids dropped, line breaks kept.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\n' -> out.append("<br/>");
				default -> {
					if (c >= 0x20 || c == '\t') {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	/** A CSS string literal, inside a style element. */
	private static String cssString(String text) {
		StringBuilder out = new StringBuilder("\"");
		(text != null ? text : "").codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c == '<' || c == '>' || c == '&' || c < 0x20) {
				// kept out of the style element's markup as CSS escapes
				out.append('\\').append(Integer.toHexString(c)).append(' ');
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append('"').toString();
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A row of a bar chart: its label, its value (null when hidden) and the text shown.
	 */
	public record Bar(String label, Double value, String shown) {
	}

	/** The document's type sizes, for centred lines. */
	public enum Size {

		BIG, TITLE, HEADING, TEXT, SMALL

	}

	private record Part(boolean item, String html) {
	}

}
