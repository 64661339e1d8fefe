package eu.dhso.core.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A printable document built from parts: an optional cover block, headings, text, tables
 * and horizontal bar charts drawn as vectors. Every page carries the title as a header
 * and "page X of Y" as a footer. Builders say only what goes in; how it looks lives here.
 * The embedded Liberation Sans that OpenPDF ships covers Latin and Greek on any machine.
 * Made by {@link PdfDocuments}, which knows the observatory's name and the page label.
 */
public final class PdfDocument {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private static final float MARGIN = 48;

	private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf6);

	private static final Color BAR_FILL = new Color(0x2b, 0x6c, 0xb0);

	private final String title;

	private final String observatory;

	private final BiFunction<Integer, Integer, String> pageLabel;

	private final List<Part> parts = new ArrayList<>();

	private Rectangle size = PageSize.A4;

	PdfDocument(String title, String observatory, BiFunction<Integer, Integer, String> pageLabel) {
		this.title = title;
		this.observatory = observatory;
		this.pageLabel = pageLabel;
	}

	/** Landscape pages, as a certificate has. */
	public PdfDocument landscape() {
		this.size = PageSize.A4.rotate();
		return this;
	}

	/**
	 * The cover block at the top of the first page: the title, a subtitle, the date line
	 * and the observatory's name.
	 */
	public PdfDocument cover(String subtitle, String dateLine) {
		this.parts.add((document, fonts) -> {
			document.add(new Paragraph(this.title, fonts.title()));
			if (subtitle != null) {
				paragraph(document, subtitle, fonts.heading(), 4, 0);
			}
			paragraph(document, (dateLine != null) ? dateLine + " · " + this.observatory : this.observatory,
					fonts.small(), 4, 8);
		});
		return this;
	}

	public PdfDocument heading(String text) {
		this.parts.add((document, fonts) -> paragraph(document, text, fonts.heading(), 12, 4));
		return this;
	}

	public PdfDocument subheading(String text) {
		this.parts.add((document, fonts) -> paragraph(document, text, fonts.bold(), 6, 2));
		return this;
	}

	public PdfDocument text(String text) {
		this.parts.add((document, fonts) -> paragraph(document, text, fonts.text(), 0, 3));
		return this;
	}

	/** Smaller print: methods, notes, comments. */
	public PdfDocument note(String text) {
		this.parts.add((document, fonts) -> paragraph(document, text, fonts.small(), 0, 2));
		return this;
	}

	public PdfDocument bullet(String text) {
		return text("• " + text);
	}

	/** A centred line in one of the document's sizes, with space before it. */
	public PdfDocument centred(String text, Size size, float spaceBefore) {
		this.parts.add((document, fonts) -> {
			Paragraph paragraph = new Paragraph(text, fonts.of(size));
			paragraph.setAlignment(Element.ALIGN_CENTER);
			paragraph.setSpacingBefore(spaceBefore);
			document.add(paragraph);
		});
		return this;
	}

	public PdfDocument table(List<String> headers, List<? extends List<String>> rows) {
		return table(null, headers, rows);
	}

	/**
	 * A table with relative column widths (or equal ones when {@code widths} is null).
	 */
	public PdfDocument table(float[] widths, List<String> headers, List<? extends List<String>> rows) {
		this.parts.add((document, fonts) -> {
			PdfPTable table = (widths != null) ? new PdfPTable(widths) : new PdfPTable(headers.size());
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			table.setSpacingBefore(4);
			table.setSpacingAfter(4);
			for (String header : headers) {
				PdfPCell cell = cell(header, fonts.bold());
				cell.setBackgroundColor(HEADER_FILL);
				table.addCell(cell);
			}
			for (List<String> row : rows) {
				row.forEach((value) -> table.addCell(cell(value, fonts.small())));
			}
			document.add(table);
		});
		return this;
	}

	/**
	 * A horizontal bar chart drawn as vectors: one bar per row, its length in proportion
	 * to the largest value; a row without a value (suppressed) shows its text and no bar.
	 */
	public PdfDocument bars(String caption, List<Bar> bars) {
		double max = bars.stream()
			.filter((b) -> b.value() != null)
			.mapToDouble((b) -> Math.abs(b.value()))
			.max()
			.orElse(0);
		this.parts.add((document, fonts) -> {
			if (caption != null) {
				paragraph(document, caption, fonts.bold(), 6, 2);
			}
			PdfPTable chart = new PdfPTable(new float[] { 3, 5, 1.6f });
			chart.setWidthPercentage(100);
			chart.setSpacingAfter(6);
			for (Bar bar : bars) {
				PdfPCell label = cell(bar.label(), fonts.small());
				label.setBorder(Rectangle.NO_BORDER);
				chart.addCell(label);
				PdfPCell track = new PdfPCell(new Phrase(" ", fonts.small()));
				track.setBorder(Rectangle.NO_BORDER);
				double share = (bar.value() == null || max == 0) ? 0 : Math.abs(bar.value()) / max;
				track.setCellEvent(new BarDrawing(share));
				chart.addCell(track);
				PdfPCell shown = cell(bar.shown(), fonts.small());
				shown.setBorder(Rectangle.NO_BORDER);
				shown.setHorizontalAlignment(Element.ALIGN_RIGHT);
				chart.addCell(shown);
			}
			document.add(chart);
		});
		return this;
	}

	/** The finished PDF. */
	public byte[] render() {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Fonts fonts = new Fonts(base);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(this.size, MARGIN, MARGIN, MARGIN, MARGIN);
			PdfWriter.getInstance(document, out);
			document.addTitle(this.title);
			document.addCreator(this.observatory);
			document.open();
			if (this.parts.isEmpty()) {
				document.add(new Paragraph(this.title, fonts.title()));
			}
			for (Part part : this.parts) {
				part.addTo(document, fonts);
			}
			document.close();
			return withHeaderAndFooter(out.toByteArray(), fonts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The total is known only once the body is laid out, so header and footer are stamped
	// after.
	private byte[] withHeaderAndFooter(byte[] body, Fonts fonts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfReader reader = new PdfReader(body)) {
			PdfStamper stamper = new PdfStamper(reader, out);
			int total = reader.getNumberOfPages();
			for (int page = 1; page <= total; page++) {
				Rectangle box = reader.getPageSizeWithRotation(page);
				PdfContentByte over = stamper.getOverContent(page);
				if (page > 1) {
					ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(this.title, fonts.small()),
							box.getLeft() + MARGIN, box.getTop() - MARGIN / 2, 0);
				}
				ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(this.observatory, fonts.small()),
						box.getLeft() + MARGIN, box.getBottom() + MARGIN / 2, 0);
				ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
						new Phrase(this.pageLabel.apply(page, total), fonts.small()), box.getRight() - MARGIN,
						box.getBottom() + MARGIN / 2, 0);
			}
			stamper.close();
		}
		return out.toByteArray();
	}

	private static void paragraph(Document document, String text, Font font, float before, float after) {
		Paragraph paragraph = new Paragraph((text != null) ? text : "", font);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		document.add(paragraph);
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase((text != null) ? text : "", font));
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(3);
		return cell;
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

	@FunctionalInterface
	private interface Part {

		void addTo(Document document, Fonts fonts);

	}

	private record Fonts(Font big, Font title, Font heading, Font text, Font small, Font bold) {

		Fonts(BaseFont base) {
			this(new Font(base, 26, Font.BOLD), new Font(base, 18, Font.BOLD), new Font(base, 12.5f, Font.BOLD),
					new Font(base, 10), new Font(base, 8.5f), new Font(base, 9, Font.BOLD));
		}

		Font of(Size size) {
			return switch (size) {
				case BIG -> this.big;
				case TITLE -> this.title;
				case HEADING -> this.heading;
				case TEXT -> this.text;
				case SMALL -> this.small;
			};
		}

	}

	private record BarDrawing(double share) implements PdfPCellEvent {

		@Override
		public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
			if (this.share <= 0) {
				return;
			}
			PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
			float height = Math.min(8, position.getHeight() - 4);
			float width = (float) ((position.getWidth() - 4) * this.share);
			canvas.saveState();
			canvas.setColorFill(BAR_FILL);
			canvas.rectangle(position.getLeft() + 2, position.getBottom() + (position.getHeight() - height) / 2,
					Math.max(width, 1), height);
			canvas.fill();
			canvas.restoreState();
		}

	}

}
