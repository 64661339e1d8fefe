package eu.dhso.skills.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.csv.CsvWriter;

/**
 * Export of the competence heatmap through the kernel's CSV writer: comment lines with
 * the method first, then one row per profession and competence; suppressed cells say so
 * and carry no figures.
 */
public final class HeatmapCsv {

	private HeatmapCsv() {
	}

	public static byte[] of(SkillsMap.Heatmap heatmap, List<String> professions, List<String> notes,
			String suppressed) {
		List<List<?>> rows = new ArrayList<>();
		for (SkillsMap.Row row : heatmap.competenceRows(professions)) {
			Cell cell = row.cell();
			rows.add(Arrays.asList(row.profession(), row.area(), row.competence(),
					cell.suppressed() ? suppressed : String.valueOf(cell.respondents()),
					cell.suppressed() ? "" : decimal(cell.meanLevel()),
					(cell.suppressed() || cell.meanGap() == null) ? "" : decimal(cell.meanGap())));
		}
		return CsvWriter.of(notes, List.of("profession", "area", "competence", "respondents", "mean_level", "mean_gap"),
				rows);
	}

	private static String decimal(Double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
