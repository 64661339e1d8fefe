package eu.dhso.core.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTests {

	private static PdfDocument greek() {
		return new PdfDocument("Έκθεση παρατηρητηρίου", "Παρατηρητήριο Δεξιοτήτων", Locale.forLanguageTag("el"),
				"Σελίδα {page} από {pages}");
	}

	@Test
	void aDocumentOpensWithACoverAndPrintsGreekText() throws IOException {
		byte[] pdf = greek().cover("Τηλεϊατρική στην Κρήτη", "Έκδοση 2", "2026-12-03")
			.heading("Ευρήματα")
			.text("Οι νοσηλευτές χρειάζονται ψηφιακές δεξιότητες.")
			.table(List.of("Χώρα", "Τιμή"), List.of(List.of("Ελλάδα", "12"), List.of("Κύπρος", "-1.5")))
			.render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String cover = text(document, 1, 1);
			assertThat(cover).contains("Έκθεση παρατηρητηρίου", "Τηλεϊατρική στην Κρήτη", "Έκδοση 2", "2026-12-03",
					"Παρατηρητήριο Δεξιοτήτων");
			assertThat(text(document, 2, 2)).contains("Ευρήματα", "Οι νοσηλευτές χρειάζονται ψηφιακές δεξιότητες.",
					"Ελλάδα", "-1.5");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Έκθεση παρατηρητηρίου");
		}
	}

	@Test
	void everyDocumentIsTaggedForAccessibilityInTheReadersLanguage() throws IOException {
		byte[] pdf = greek().cover(null, null)
			.heading("Ευρήματα")
			.bullet("πρώτο")
			.bullet("δεύτερο")
			.bars(null, List.of(new PdfDocument.Bar("Ελλάδα", 12.0, "12")))
			.render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getLanguage()).isEqualTo("el");
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.contains("Έκθεση παρατηρητηρίου", "pdfuaid");
			List<PDStructureElement> figures = new ArrayList<>();
			collect(catalog.getStructureTreeRoot().getKids(), "Figure", figures);
			// the mark on the cover and the bar: each drawing says what it shows
			assertThat(figures).hasSize(2)
				.extracting(PDStructureElement::getAlternateDescription)
				.containsExactly("Παρατηρητήριο Δεξιοτήτων", "Ελλάδα: 12");
		}
	}

	private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if (type.equals(element.getStructureType())) {
					found.add(element);
				}
				collect(element.getKids(), type, found);
			}
		}
	}

	@Test
	void theFontIsEmbeddedAndCoversEveryLanguageOffered() throws IOException {
		String letters = "Ελληνικά ŐőŰű ĂăÂâÎîȘșȚț ĄąČčĘęĖėĮįŠšŲųŪūŽž ÑñÁáÉé ÆæØøÅå ĊċĠġĦħŻż ÀàÈèÌìÒòÙù";
		byte[] pdf = greek().cover("Υπότιτλος", "2026")
			.heading("Επικεφαλίδα")
			.text(letters)
			.bullet("σημείο")
			.table(List.of("Α"), List.of(List.of("β")))
			.bars("Δείκτης", List.of(new PdfDocument.Bar("Ελλάδα", 1.0, "1")))
			.render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document, 2, 2)).contains(letters);
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void everyPageSaysWhichPageOfHowManyItIsAndTablesRepeatTheirHeader() throws IOException {
		PdfDocument document = greek().cover(null, null);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			rows.add(List.of("γραμμή " + i, String.valueOf(i)));
		}
		byte[] pdf = document.table(List.of("Στήλη Α", "Στήλη Β"), rows).render();
		try (PDDocument reader = Loader.loadPDF(pdf)) {
			int total = reader.getNumberOfPages();
			assertThat(total).isGreaterThan(2);
			for (int page = 1; page <= total; page++) {
				assertThat(text(reader, page, page)).contains("Σελίδα " + page + " από " + total);
			}
			for (int page = 2; page <= total; page++) {
				assertThat(text(reader, page, page)).contains("Έκθεση παρατηρητηρίου", "Στήλη Α", "Στήλη Β");
			}
		}
	}

	@Test
	void barChartsAreDrawnAsVectorsAndHiddenValuesShowTheirText() throws IOException {
		byte[] pdf = greek().bars("Δείκτης", List.of(new PdfDocument.Bar("Ελλάδα", 12.0, "12"),
				new PdfDocument.Bar("Κύπρος", 6.0, "6"), new PdfDocument.Bar("Μάλτα", null, "κρυμμένο")))
			.render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document, 1, 1)).contains("Δείκτης", "Ελλάδα", "κρυμμένο");
			assertThat(barFills(document, 1)).isEqualTo(2);
		}
	}

	@Test
	void aQrCodeDecodesToItsLink() throws Exception {
		String link = "https://observatory.example/certificates/AbC123xyz";
		byte[] pdf = greek().landscape().centred("Βεβαίωση", PdfDocument.Size.BIG, 20).qrCode(link).render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document, 1, 1)).contains(link);
			assertThat(decodeQr(document, 0)).isEqualTo(link);
		}
	}

	@Test
	void aLandscapeDocumentHasLandscapePages() throws IOException {
		byte[] pdf = greek().landscape().letterhead().centred("Βεβαίωση", PdfDocument.Size.BIG, 60).render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isGreaterThan(box.getHeight());
			assertThat(text(document, 1, 1)).contains("Βεβαίωση", "Παρατηρητήριο Δεξιοτήτων");
		}
	}

	@Test
	void markupInTextIsPrintedNotObeyed() throws IOException {
		byte[] pdf = greek().text("<b>bold</b> & \"quoted\" \u0001").render();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document, 1, 1)).contains("<b>bold</b> & \"quoted\"");
		}
	}

	static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document);
	}

	/**
	 * The bars on one page: vector drawings (form XObjects, never images) filled in the
	 * bar colour.
	 */
	static int barFills(PDDocument document, int page) throws IOException {
		var resources = document.getPage(page - 1).getResources();
		int count = 0;
		for (var name : resources.getXObjectNames()) {
			var drawing = resources.getXObject(name);
			assertThat(drawing).isInstanceOf(PDFormXObject.class);
			String content = new String(((PDFormXObject) drawing).getContents().readAllBytes(),
					StandardCharsets.ISO_8859_1);
			if (content.contains("0.1686 0.4235 0.6902 sc")) {
				count++;
			}
		}
		return count;
	}

	/** The QR code on a page, read from the page rendered at print resolution. */
	static String decodeQr(PDDocument document, int pageIndex) throws Exception {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 200);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

}
