package eu.dhso.skills.map;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV lines that spreadsheets read as text: fields that begin like a formula get a
 * leading apostrophe (plain numbers excepted), and every field is quoted.
 */
public final class CsvCells {

	/** A plain number: a negative one starts with a minus, but is no formula. */
	private static final Pattern NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

	private CsvCells() {
	}

	public static String line(List<String> fields) {
		return fields.stream().map(CsvCells::field).collect(Collectors.joining(",")) + "\r\n";
	}

	static String field(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/**
	 * Export of the competence heatmap: comment lines with the method first, then one row
	 * per profession and competence; suppressed cells say so and carry no figures.
	 */
	public static String heatmap(SkillsMap.Heatmap heatmap, List<String> professions, List<String> notes,
			String suppressed) {
		StringBuilder csv = new StringBuilder();
		// A comment line starts with '#', which no spreadsheet runs as a formula.
		notes.forEach((note) -> csv.append("# ").append(note.replaceAll("[\\r\\n]+", " ")).append("\r\n"));
		csv.append(line(List.of("profession", "area", "competence", "respondents", "mean_level", "mean_gap")));
		for (SkillsMap.Row row : heatmap.competenceRows(professions)) {
			Cell cell = row.cell();
			csv.append(line(List.of(row.profession(), row.area(), row.competence(),
					cell.suppressed() ? suppressed : String.valueOf(cell.respondents()),
					cell.suppressed() ? "" : decimal(cell.meanLevel()),
					(cell.suppressed() || cell.meanGap() == null) ? "" : decimal(cell.meanGap()))));
		}
		return csv.toString();
	}

	private static String decimal(Double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
