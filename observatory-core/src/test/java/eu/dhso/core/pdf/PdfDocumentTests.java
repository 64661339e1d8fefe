package eu.dhso.core.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTests {

	private static PdfDocument greek() {
		return new PdfDocument("Έκθεση παρατηρητηρίου", "Παρατηρητήριο Δεξιοτήτων",
				(page, total) -> "Σελίδα " + page + " από " + total);
	}

	@Test
	void aDocumentOpensAndPrintsGreekText() throws IOException {
		byte[] pdf = greek().cover("Τηλεϊατρική στην Κρήτη", "2026-12-03")
			.heading("Ευρήματα")
			.text("Οι νοσηλευτές χρειάζονται ψηφιακές δεξιότητες.")
			.table(List.of("Χώρα", "Τιμή"), List.of(List.of("Ελλάδα", "12"), List.of("Κύπρος", "-1.5")))
			.render();
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Έκθεση παρατηρητηρίου", "Τηλεϊατρική στην Κρήτη", "Παρατηρητήριο Δεξιοτήτων",
					"Ευρήματα", "Οι νοσηλευτές χρειάζονται ψηφιακές δεξιότητες.", "Ελλάδα", "-1.5");
			assertThat(reader.getInfo().get("Title")).isEqualTo("Έκθεση παρατηρητηρίου");
		}
	}

	@Test
	void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
		PdfDocument document = greek().cover(null, null);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			rows.add(List.of("γραμμή " + i, String.valueOf(i)));
		}
		byte[] pdf = document.table(List.of("Α", "Β"), rows).render();
		try (PdfReader reader = new PdfReader(pdf)) {
			int total = reader.getNumberOfPages();
			assertThat(total).isGreaterThan(1);
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= total; page++) {
				assertThat(extractor.getTextFromPage(page)).contains("Σελίδα " + page + " από " + total);
			}
			assertThat(extractor.getTextFromPage(2)).contains("Έκθεση παρατηρητηρίου");
		}
	}

	@Test
	void barChartsAreDrawnAsVectorsAndHiddenValuesShowTheirText() throws IOException {
		byte[] pdf = greek().bars("Δείκτης", List.of(new PdfDocument.Bar("Ελλάδα", 12.0, "12"),
				new PdfDocument.Bar("Κύπρος", 6.0, "6"), new PdfDocument.Bar("Μάλτα", null, "κρυμμένο")))
			.render();
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Δείκτης", "Ελλάδα", "κρυμμένο");
			String content = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
			// two filled rectangles ("re" then "f"), none for the hidden value
			assertThat(content.split(" re\\s+f", -1)).hasSize(3);
		}
	}

	@Test
	void aLandscapeDocumentHasLandscapePages() throws IOException {
		byte[] pdf = greek().landscape().centred("Βεβαίωση", PdfDocument.Size.BIG, 60).render();
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(reader.getPageSizeWithRotation(1).getWidth())
				.isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
		}
	}

}
