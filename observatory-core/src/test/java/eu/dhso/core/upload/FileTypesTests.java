package eu.dhso.core.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTests {

	@Test
	void typesComeFromTheBytes() throws IOException {
		assertThat(FileTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileTypes.PDF);
		assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains(FileTypes.PNG);
		assertThat(FileTypes.detect(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10 }))
			.contains(FileTypes.JPEG);
		assertThat(FileTypes.detect(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' }))
			.contains(FileTypes.MP4);
		assertThat(FileTypes.detect(zip("word/document.xml"))).contains(FileTypes.DOCX);
		assertThat(FileTypes.detect(zip("ppt/presentation.xml"))).contains(FileTypes.PPTX);
		assertThat(FileTypes.detect(zip("scenario/index.html"))).contains(FileTypes.ZIP);
		assertThat(FileTypes.detect("Checklist\n- identity\n".getBytes(StandardCharsets.UTF_8)))
			.contains(FileTypes.TEXT);
	}

	@Test
	void executablesEmptyFilesAndBinaryJunkAreNotRecognised() {
		assertThat(FileTypes.detect(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 })).isEmpty();
		assertThat(FileTypes.detect(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 })).isEmpty();
		assertThat(FileTypes.detect(new byte[] { 1, 2 })).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
		assertThat(FileTypes.detect(null)).isEmpty();
	}

	@Test
	void anHtmlPageNamedAsAPdfIsTextNotAPdf() {
		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(FileTypes.detect(html)).contains(FileTypes.TEXT);
		// a PDF signature later in the file does not count
		assertThat(FileTypes.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains(FileTypes.TEXT);
	}

	@Test
	void fileNamesAreReducedToASafeLastSegment() {
		assertThat(FileTypes.safeFileName("C:\\Users\\x\\..\\evil\";.pdf", "file")).isEqualTo("evil.pdf");
		assertThat(FileTypes.safeFileName("../../etc/passwd", "file")).isEqualTo("passwd");
		assertThat(FileTypes.safeFileName("", "file")).isEqualTo("file");
		assertThat(FileTypes.safeFileName(null, "file")).isEqualTo("file");
		assertThat(FileTypes.safeFileName("../..", "file")).isEqualTo("file");
		// a right-to-left override would show "report\u202Efdp.exe" as "reportexe.pdf"
		assertThat(FileTypes.safeFileName("report\u202Efdp.exe", "file")).isEqualTo("reportfdp.exe");
		assertThat(FileTypes.safeFileName("Έκθεση αξιολόγησης.pdf", "file")).isEqualTo("Έκθεση αξιολόγησης.pdf");
		assertThat(FileTypes.safeFileName("a".repeat(300) + ".pdf", "file")).hasSize(200).endsWith(".pdf");
	}

	@Test
	void aFileNameGetsTheExtensionOfItsDetectedType() {
		assertThat(FileTypes.withMatchingExtension("scan.pdf", FileTypes.PNG)).isEqualTo("scan.pdf.png");
		assertThat(FileTypes.withMatchingExtension("photo.JPG", FileTypes.JPEG)).isEqualTo("photo.JPG");
		assertThat(FileTypes.withMatchingExtension("report", FileTypes.PDF)).isEqualTo("report.pdf");
		assertThat(FileTypes.withMatchingExtension("report.pdf", FileTypes.PDF)).isEqualTo("report.pdf");
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Test
	void aNameMustFitTheTypeFoundInTheBytes() {
		assertThat(FileTypes.detect("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.contains(FileTypes.TEXT);
		assertThat(FileTypes.nameFits("slides.pdf", FileTypes.TEXT)).isFalse();
		assertThat(FileTypes.nameFits("page.html", FileTypes.TEXT)).isFalse();
		assertThat(FileTypes.nameFits("slides.pdf.", FileTypes.TEXT)).isFalse();
		assertThat(FileTypes.nameFits("C:\\docs\\photo.PDF", FileTypes.PNG)).isFalse();
		assertThat(FileTypes.nameFits("notes.txt", FileTypes.TEXT)).isTrue();
		assertThat(FileTypes.nameFits("Slides.PDF", FileTypes.PDF)).isTrue();
		assertThat(FileTypes.nameFits("photo.jpeg", FileTypes.JPEG)).isTrue();
		assertThat(FileTypes.nameFits("README", FileTypes.TEXT)).isTrue();
		assertThat(FileTypes.nameFits(null, FileTypes.PDF)).isTrue();
	}

}
