package eu.dhso.core.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type from its bytes, never from its name or the browser's word: a
 * renamed executable stays unrecognised and is refused. Shared by every module that takes
 * uploads; each decides which of these types it accepts and how large a file may be.
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

	/** The usual file name extensions of each type, the preferred one first. */
	private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(Map.entry(PDF, List.of("pdf")),
			Map.entry(DOCX, List.of("docx")), Map.entry(PPTX, List.of("pptx")), Map.entry(ODT, List.of("odt")),
			Map.entry(ODP, List.of("odp")), Map.entry(ZIP, List.of("zip")), Map.entry(MP4, List.of("mp4", "m4v")),
			Map.entry(WEBM, List.of("webm")), Map.entry(PNG, List.of("png")),
			Map.entry(JPEG, List.of("jpg", "jpeg", "jpe")), Map.entry(TEXT, List.of("txt", "text", "md", "csv")));

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
	 * A file name fit to store and to send back in a {@code Content-Disposition} header:
	 * the last path segment only, without control, formatting (such as right-to-left
	 * overrides that disguise an extension), quote or semicolon characters, at most 200
	 * characters; the fallback when nothing is left.
	 */
	public static String safeFileName(String name, String fallback) {
		String base = (name != null) ? name.replace('\\', '/') : "";
		base = base.substring(base.lastIndexOf('/') + 1);
		StringBuilder clean = new StringBuilder();
		base.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '"'
					&& c != ';')
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		if (result.isEmpty() || result.equals(".") || result.equals("..")) {
			result = fallback;
		}
		return (result.length() > 200) ? result.substring(result.length() - 200) : result;
	}

	/**
	 * The file name with an extension that matches its detected type: unchanged when it
	 * has one already, otherwise with the type's usual extension added, so a PNG uploaded
	 * as {@code scan.pdf} downloads as {@code scan.pdf.png} and opens in the right
	 * program.
	 */
	public static String withMatchingExtension(String fileName, String type) {
		List<String> extensions = EXTENSIONS.get(type);
		if (extensions == null) {
			return fileName;
		}
		int dot = fileName.lastIndexOf('.');
		String extension = (dot >= 0) ? fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
		if (extensions.contains(extension)) {
			return fileName;
		}
		String named = fileName + "." + extensions.get(0);
		return (named.length() > 200) ? named.substring(named.length() - 200) : named;
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
		return EXTENSIONS.getOrDefault(type, List.of()).contains(base.substring(dot + 1).toLowerCase(Locale.ROOT));
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
