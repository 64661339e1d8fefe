package eu.dhso.skills.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.dhso.core.csv.CsvWriter;

/**
 * Export of the competence heatmap through the kernel's CSV writer: comment lines with
 * the method first, then one row per profession and competence. Figures are bare numbers;
 * a suppressed cell has none, and says so in its own {@code suppressed} column, so every
 * column keeps one type.
 */
public final class HeatmapCsv {

	private HeatmapCsv() {
	}

	public static byte[] of(SkillsMap.Heatmap heatmap, List<String> professions, List<String> notes) {
		List<List<?>> rows = new ArrayList<>();
		for (SkillsMap.Row row : heatmap.competenceRows(professions)) {
			Cell cell = row.cell();
			rows.add(Arrays.asList(row.profession(), row.area(), row.competence(),
					cell.suppressed() ? null : cell.respondents(), cell.suppressed() ? null : decimal(cell.meanLevel()),
					cell.suppressed() ? null : decimal(cell.meanGap()), cell.suppressed()));
		}
		return CsvWriter.of(notes,
				List.of("profession", "area", "competence", "respondents", "mean_level", "mean_gap", "suppressed"),
				rows);
	}

	private static BigDecimal decimal(Double value) {
		return (value == null) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
