package eu.dhso.core.csv;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way the observatory writes CSV: UTF-8 with a byte-order mark (so spreadsheets
 * read accents and Greek), optional {@code #} comment lines with the method and licence,
 * a header, and every text cell that a spreadsheet would run as a formula (OWASP "CSV
 * injection") neutralised with a leading apostrophe. Numbers stay numbers: {@code -1.5}
 * is written as it is, {@code -1+2} is not a number and becomes {@code '-1+2}.
 */
public final class CsvWriter implements Closeable {

	/** The media type of every CSV export. */
	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/**
	 * The one separator of a cell that lists codes (technologies, professions,
	 * competences), in every CSV the observatory writes: codes never hold a space.
	 */
	public static final String LIST_SEPARATOR = " ";

	/** A plain decimal number, negative or not: no spreadsheet runs it. */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private CsvWriter(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * Starts a CSV on the stream: the byte-order mark, each comment as a {@code #} line,
	 * then the header. The caller closes the writer, which flushes but keeps the stream
	 * open only as far as the stream's owner wants (closing it closes the stream).
	 */
	public static CsvWriter open(OutputStream out, List<String> comments, List<String> header) {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			writer.write('\uFEFF');
			CSVFormat.Builder format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new));
			if (!comments.isEmpty()) {
				// a comment line starts with '#', which no spreadsheet runs as a formula
				format.setCommentMarker('#')
					.setHeaderComments(comments.stream().map((c) -> c.replaceAll("[\\r\\n]+", " ")).toArray());
			}
			return new CsvWriter(new CSVPrinter(writer, format.get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A whole CSV in memory, for exports small enough to build at once. */
	public static byte[] of(List<String> comments, List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = open(out, comments, header)) {
			rows.forEach(csv::row);
		}
		return out.toByteArray();
	}

	/** Codes as one list cell, separated by {@link #LIST_SEPARATOR}. */
	public static String list(java.util.Collection<String> codes) {
		return String.join(LIST_SEPARATOR, codes);
	}

	/** A CSV as a download named {@code filename}. */
	public static ResponseEntity<byte[]> attachment(String filename, byte[] csv) {
		return download(filename).body(csv);
	}

	/**
	 * A CSV download named {@code filename}, for callers that add headers: a strict CSV
	 * has no comment lines, so open data names its method note in a {@link #describedBy}
	 * link instead.
	 */
	public static ResponseEntity.BodyBuilder download(String filename) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	/**
	 * An RFC 8288 {@code Link} header value pointing to the plain-text note that
	 * describes a CSV (method, licence), for {@link #download}.
	 */
	public static String describedBy(String noteUrl) {
		return "<" + noteUrl + ">; rel=\"describedby\"; type=\"text/plain\"";
	}

	/** One record; {@code null} is written as an empty cell. */
	public CsvWriter row(List<?> cells) {
		try {
			this.printer.printRecord(cells.stream().map(CsvWriter::cell).toList());
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The cell as a spreadsheet may safely read it: text starting with {@code =},
	 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe
	 * unless it is a plain number; numbers and other values are written as they are.
	 */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
				&& !NUMBER.matcher(text).matches()) {
			return "'" + text;
		}
		return text;
	}

}
