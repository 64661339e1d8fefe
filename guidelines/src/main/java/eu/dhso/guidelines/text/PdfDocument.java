package eu.dhso.guidelines.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A simple printable document (guideline or report) built from parts. It embeds the
 * Liberation Sans font OpenPDF ships, so Greek prints on any machine.
 */
public final class PdfDocument {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final String title;

	private final List<Part> parts = new ArrayList<>();

	public PdfDocument(String title) {
		this.title = title;
	}

	public PdfDocument heading(String text) {
		this.parts.add(new Part(Kind.HEADING, text, null, null));
		return this;
	}

	public PdfDocument text(String text) {
		this.parts.add(new Part(Kind.TEXT, text, null, null));
		return this;
	}

	/** Safe HTML from {@link Markdown}, printed block by block as plain text. */
	public PdfDocument html(String html) {
		for (Element block : Jsoup.parseBodyFragment(html).body().select("h1, h2, h3, h4, p, li, tr")) {
			boolean heading = block.tagName().startsWith("h");
			String text = block.tagName().equals("li") ? "• " + block.text() : block.text();
			this.parts.add(new Part(heading ? Kind.SUBHEADING : Kind.TEXT, text, null, null));
		}
		return this;
	}

	public PdfDocument table(List<String> headers, List<List<String>> rows) {
		this.parts.add(new Part(Kind.TABLE, null, headers, rows));
		return this;
	}

	public byte[] render() {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font titleFont = new Font(base, 16, Font.BOLD);
			Font headingFont = new Font(base, 12, Font.BOLD);
			Font subheadingFont = new Font(base, 10, Font.BOLD);
			Font textFont = new Font(base, 9);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.addTitle(this.title);
			document.open();
			document.add(new Paragraph(this.title, titleFont));
			for (Part part : this.parts) {
				switch (part.kind()) {
					case HEADING -> {
						Paragraph p = new Paragraph(part.text(), headingFont);
						p.setSpacingBefore(10);
						document.add(p);
					}
					case SUBHEADING -> document.add(new Paragraph(part.text(), subheadingFont));
					case TEXT -> {
						Paragraph p = new Paragraph(part.text(), textFont);
						p.setSpacingAfter(3);
						document.add(p);
					}
					case TABLE -> {
						PdfPTable table = new PdfPTable(part.headers().size());
						table.setWidthPercentage(100);
						table.setSpacingBefore(4);
						part.headers().forEach((h) -> table.addCell(new PdfPCell(new Phrase(h, subheadingFont))));
						part.rows()
							.forEach((row) -> row.forEach((cell) -> table
								.addCell(new PdfPCell(new Phrase(cell != null ? cell : "", textFont)))));
						document.add(table);
					}
				}
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private enum Kind {

		HEADING, SUBHEADING, TEXT, TABLE

	}

	private record Part(Kind kind, String text, List<String> headers, List<List<String>> rows) {
	}

}
