package eu.dhso.lab.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type from its bytes, never from its name or the browser's word: a
 * renamed executable stays unrecognised and is refused.
 */
public final class FileTypes {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String ODP = "application/vnd.oasis.opendocument.presentation";

	public static final String ZIP = "application/zip";

	public static final String MP4 = "video/mp4";

	public static final String WEBM = "video/webm";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String TEXT = "text/plain";

	/** The largest file the library accepts. */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	/** The name extensions each type may carry. */
	private static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(Map.entry(PDF, Set.of("pdf")),
			Map.entry(DOCX, Set.of("docx")), Map.entry(PPTX, Set.of("pptx")), Map.entry(ODT, Set.of("odt")),
			Map.entry(ODP, Set.of("odp")), Map.entry(ZIP, Set.of("zip")), Map.entry(MP4, Set.of("mp4", "m4v")),
			Map.entry(WEBM, Set.of("webm")), Map.entry(PNG, Set.of("png")), Map.entry(JPEG, Set.of("jpg", "jpeg")),
			Map.entry(TEXT, Set.of("txt", "text", "md", "csv")));

	private FileTypes() {
	}

	public static Optional<String> detect(byte[] bytes) {
		if (bytes == null || bytes.length < 4) {
			return Optional.empty();
		}
		if (startsWith(bytes, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= 12 && startsWith(bytes, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(MP4);
		}
		if (startsWith(bytes, 0, new byte[] { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3 })) {
			return Optional.of(WEBM);
		}
		if (startsWith(bytes, 0, new byte[] { 'P', 'K', 3, 4 })) {
			return Optional.of(zipType(bytes));
		}
		if (isPlainText(bytes)) {
			return Optional.of(TEXT);
		}
		return Optional.empty();
	}

	/**
	 * Whether a file's name agrees with the type found in its bytes: a name without an
	 * extension does, one with an extension only if it is one of the type's. The name is
	 * what the download is saved as, so an HTML page named {@code slides.pdf} (plain text
	 * by its bytes) must not pass for a PDF.
	 */
	public static boolean nameFits(String name, String type) {
		String base = (name != null) ? name.replace('\\', '/') : "";
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[.\\s]+$", "");
		int dot = base.lastIndexOf('.');
		if (dot < 0) {
			return true;
		}
		return EXTENSIONS.getOrDefault(type, Set.of()).contains(base.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** Office files are ZIP archives; their entries tell which kind. */
	private static String zipType(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
				String name = entry.getName();
				if (name.equals("mimetype")) {
					String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
					if (mimetype.equals(ODT) || mimetype.equals(ODP)) {
						return mimetype;
					}
				}
				if (name.startsWith("word/")) {
					return DOCX;
				}
				if (name.startsWith("ppt/")) {
					return PPTX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable archive: treat as a plain ZIP only if the header said so
		}
		return ZIP;
	}

	/** UTF-8 text without control characters other than tabs and line breaks. */
	private static boolean isPlainText(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.chars().noneMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
