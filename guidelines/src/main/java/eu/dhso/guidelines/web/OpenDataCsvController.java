package eu.dhso.guidelines.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.skills.SkillsFigures;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data as CSV: each file opens with comment lines stating the method and the
 * licence, written by the kernel's CSV writer (byte-order mark, formulas neutralised).
 */
@RestController
class OpenDataCsvController {

	static final String LICENCE_LINE = "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), "
			+ "Digital Health Skills Observatory";

	private final PublishedCaseCatalogue cases;

	private final SkillsFigures skills;

	private final IndicatorSeries indicators;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	OpenDataCsvController(PublishedCaseCatalogue cases, SkillsFigures skills, IndicatorSeries indicators,
			DisclosureControl disclosure, MessageSource messages) {
		this.disclosure = disclosure;
		this.messages = messages;
		this.cases = cases;
		this.skills = skills;
		this.indicators = indicators;
	}

	@GetMapping("/api/v1/cases.csv")
	ResponseEntity<byte[]> cases() {
		List<List<Object>> rows = new ArrayList<>();
		int offset = 0;
		List<PublishedCase> page;
		do {
			page = this.cases.page(offset, 500);
			for (PublishedCase c : page) {
				rows.add(List.of(c.id(), c.title(), nullToEmpty(c.countryCode()), nullToEmpty(c.careSetting()),
						String.join(" ", c.technologies()), String.join(" ", c.professions()), nullToEmpty(c.label()),
						String.valueOf(c.publishedAt())));
			}
			offset += 500;
		}
		while (page.size() == 500);
		return csv("cases.csv",
				"Method: the last published version of each interview case in the public library, as the library "
						+ "shows it (consent scope applied).",
				List.of("id", "title", "country", "care_setting", "technologies", "professions", "practice_label",
						"published_at"),
				rows);
	}

	@GetMapping("/api/v1/skills-map.csv")
	ResponseEntity<byte[]> skillsMap(Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (SkillsFigures.AreaCell cell : this.skills.publicMap()) {
			boolean suppressed = cell.respondents() == null;
			rows.add(List.of(cell.profession(), cell.area(), suppressed ? "" : cell.respondents(),
					suppressed ? "" : round(cell.meanLevel()), suppressed ? "" : round(cell.meanGap()),
					String.valueOf(suppressed)));
		}
		return csv("skills-map.csv", this.messages.getMessage("guidelines.opendata.skillsMapCsvMethod",
				new Object[] { this.disclosure.minGroupSize(), this.disclosure.releasedBefore().toString() }, locale),
				List.of("profession", "area", "respondents", "mean_level", "mean_gap", "suppressed"), rows);
	}

	@GetMapping("/api/v1/indicators.csv")
	ResponseEntity<byte[]> indicators() {
		List<List<Object>> rows = new ArrayList<>();
		long total = this.indicators.count();
		for (int page = 0; (long) page * 1000 < total; page++) {
			for (Point p : this.indicators.page(page, 1000)) {
				rows.add(List.of(p.code(), p.periodEnd().toString(), p.country(), p.dimension(),
						p.suppressed() ? "" : p.value().stripTrailingZeros().toPlainString(),
						String.valueOf(p.suppressed()), nullToEmpty(p.source())));
			}
		}
		return csv("indicators.csv",
				"Method: lifecycle indicators computed monthly from the observatory's modules, plus policy "
						+ "indicators entered with their source; person-based values count verified people only, "
						+ "values on fewer than " + this.disclosure.minGroupSize() + " people are suppressed, and "
						+ "the modules perturb means and round counts by the cell-key method before they are stored.",
				List.of("code", "period_end", "country", "dimension", "value", "suppressed", "source"), rows);
	}

	private static ResponseEntity<byte[]> csv(String filename, String method, List<String> header,
			List<List<Object>> rows) {
		return CsvWriter.attachment(filename, CsvWriter.of(List.of(method, LICENCE_LINE), header, rows));
	}

	private static String round(Double value) {
		return (value == null) ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

}
