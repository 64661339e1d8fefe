package eu.dhso.core.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF the observatory printed, read back as a reader or assistive technology would: its
 * text, its pages, its tags and language, its drawings and its QR code.
 */
public final class PrintedPdf {

	private final byte[] bytes;

	private PrintedPdf(byte[] bytes) {
		this.bytes = bytes;
	}

	public static PrintedPdf of(byte[] bytes) {
		assertThat(new String(bytes, 0, Math.min(5, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		return new PrintedPdf(bytes);
	}

	/** The text of every page. */
	public String text() {
		return text(1, Integer.MAX_VALUE);
	}

	/** The text of one page, counted from 1. */
	public String page(int page) {
		return text(page, page);
	}

	public int pages() {
		try (PDDocument document = load()) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Asserts the PDF is tagged for accessibility (structure tree, marked content, the
	 * title shown) and declares the given language.
	 */
	public PrintedPdf isTaggedIn(String language) {
		try (PDDocument document = load()) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getLanguage()).isEqualTo(language);
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The alternative texts of the drawings (Figure tags), in reading order. */
	public List<String> figures() {
		try (PDDocument document = load()) {
			List<String> found = new ArrayList<>();
			collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), found);
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many vector drawings (form XObjects, never images) the pages hold. */
	public int vectorDrawings() {
		try (PDDocument document = load()) {
			int count = 0;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDFormXObject) {
						count++;
					}
				}
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The QR code on a page (from 1), read from the page rendered at print resolution.
	 */
	public String qrCode(int page) {
		// a phone camera reads at whatever scale it holds the paper: so does the test, at
		// two
		// resolutions, since a code's modules can fall unevenly on one pixel grid
		ReaderException last = null;
		try (PDDocument document = load()) {
			for (int dpi : new int[] { 200, 300, 250, 400 }) {
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi);
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
				// and with either of zxing's thresholds: the local one misread a code now
				// and
				// then (a checksum error at both 200 and 300 dpi)
				for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
					try {
						return new QRCodeReader()
							.decode(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
							.getText();
					}
					catch (NotFoundException | ChecksumException | FormatException ex) {
						last = ex;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new AssertionError("No readable QR code on page " + page, last);
	}

	private String text(int from, int to) {
		try (PDDocument document = load()) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(from);
			stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PDDocument load() throws IOException {
		return Loader.loadPDF(this.bytes);
	}

	private static void collect(List<Object> kids, List<String> found) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if ("Figure".equals(element.getStructureType())) {
					found.add(element.getAlternateDescription());
				}
				collect(element.getKids(), found);
			}
		}
	}

}
