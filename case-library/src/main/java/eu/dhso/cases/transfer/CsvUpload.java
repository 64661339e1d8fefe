package eu.dhso.cases.transfer;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file, read into its header and rows. Whether it is CSV is judged from
 * its bytes, not its name: binary content, another encoding than UTF-8, a known non-text
 * format or a file without a header and a row is refused with a message key.
 */
public record CsvUpload(String fileName, List<String> headers, List<List<String>> rows) implements Serializable {

	public static final int MAX_BYTES = 1024 * 1024;

	public static final int MAX_ROWS = 1000;

	public CsvUpload {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
	}

	public static CsvUpload read(String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new NotCsvException("cases.import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new NotCsvException("cases.import.tooLarge");
		}
		if (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u0089PNG")
				|| (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8)) {
			throw new NotCsvException("cases.import.notCsv");
		}
		String text = utf8(bytes);
		if (text.indexOf('\u0000') >= 0) {
			throw new NotCsvException("cases.import.notCsv");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames();
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_ROWS) {
					throw new NotCsvException("cases.import.tooManyRows");
				}
				rows.add(record.toList());
			}
			if (headers.size() < 2 || rows.isEmpty()) {
				throw new NotCsvException("cases.import.noRows");
			}
			return new CsvUpload(fileName, headers, rows);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// duplicate or missing header names, unbalanced quotes
			throw new NotCsvException("cases.import.notCsv");
		}
		catch (IOException ex) {
			throw new NotCsvException("cases.import.notCsv");
		}
	}

	/**
	 * The value of a column in a row, or null when the row is short or the cell empty.
	 */
	public String value(List<String> row, String header) {
		int index = (header != null) ? this.headers.indexOf(header) : -1;
		if (index < 0 || index >= row.size()) {
			return null;
		}
		String value = row.get(index);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xFF) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new NotCsvException("cases.import.notUtf8");
		}
	}

	/** The upload is not a CSV file the import can read; the message key says why. */
	public static class NotCsvException extends RuntimeException {

		private final String messageKey;

		public NotCsvException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String getMessageKey() {
			return this.messageKey;
		}

	}

}
