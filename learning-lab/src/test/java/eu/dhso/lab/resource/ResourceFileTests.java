package eu.dhso.lab.resource;

import java.nio.charset.StandardCharsets;

import eu.dhso.core.upload.FileTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the lab accepts of the types the core detects ({@code FileTypesTests} in the core
 * covers the detection itself).
 */
class ResourceFileTests {

	@Test
	void aRenamedFileStillHasItsRealType() {
		assertThat(ResourceKind.VIDEO.accepts(FileTypes.detect("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).get()))
			.isFalse();
		assertThat(ResourceKind.SLIDES.accepts(FileTypes.PPTX)).isTrue();
		assertThat(ResourceKind.LINK.accepts(FileTypes.PDF)).isFalse();
	}

	@Test
	void fileNamesAreReducedToASafeLastSegment() {
		assertThat(ResourceLibrary.safeFileName("C:\\Users\\x\\..\\evil\";.pdf")).isEqualTo("evil.pdf");
		assertThat(ResourceLibrary.safeFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ResourceLibrary.safeFileName("")).isEqualTo("resource");
	}

}
