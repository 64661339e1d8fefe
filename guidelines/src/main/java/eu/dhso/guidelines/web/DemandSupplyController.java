package eu.dhso.guidelines.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.guidelines.indicator.DemandSupply;
import eu.dhso.guidelines.indicator.DemandSupply.Cell;
import eu.dhso.guidelines.indicator.DemandSupply.Filter;
import eu.dhso.guidelines.indicator.DemandSupply.Grid;
import eu.dhso.guidelines.indicator.DemandSupply.LargestGap;
import eu.dhso.guidelines.indicator.DemandSupply.Row;
import eu.dhso.guidelines.indicator.IndicatorSeries;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demand and supply on one grid, as a page (a heat table, the largest gaps as a bar chart
 * backed by its table, the method) and as a strict CSV with the same figures. Unknown
 * filter values are ignored, so every link stays answerable.
 */
@Controller
class DemandSupplyController {

	private final DemandSupply demandSupply;

	private final IndicatorSeries indicators;

	private final Taxonomy taxonomy;

	private final CompetenceFramework framework;

	DemandSupplyController(DemandSupply demandSupply, IndicatorSeries indicators, Taxonomy taxonomy,
			CompetenceFramework framework) {
		this.demandSupply = demandSupply;
		this.indicators = indicators;
		this.taxonomy = taxonomy;
		this.framework = framework;
	}

	@GetMapping("/observatory/demand-supply")
	String page(@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String period, @RequestParam(required = false) String area, Model model) {
		Grid grid = this.demandSupply.grid(filter(country, careSetting, period, area));
		List<LargestGap> gaps = this.demandSupply.largestGaps(grid);
		double largest = gaps.isEmpty() ? 0 : gaps.get(0).cell().gap();
		model.addAttribute("grid", grid);
		model.addAttribute("gaps", gaps);
		model.addAttribute("largest", largest);
		model.addAttribute("countries", this.indicators.countries());
		model.addAttribute("careSettings", this.taxonomy.careSettings().stream().map(Taxonomy.Term::code).toList());
		model.addAttribute("periods", this.demandSupply.periods());
		model.addAttribute("areas", this.framework.latestPublished().map((f) -> f.areas()).orElse(List.of()));
		return "guidelines/demand-supply";
	}

	@GetMapping("/observatory/demand-supply.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area) {
		Grid grid = this.demandSupply.grid(filter(country, careSetting, period, area));
		List<List<?>> rows = new ArrayList<>();
		Filter f = grid.filter();
		for (Row row : grid.rows()) {
			for (Cell cell : row.cells()) {
				boolean suppressed = !cell.supply().shown();
				rows.add(Arrays.asList(cell.profession(), grid.drilledDown() ? "competence" : "area", cell.column(),
						cell.demandText(), cell.supplyText(), cell.gapText(),
						suppressed ? null : cell.supply().people(), suppressed, f.country(), f.careSetting(),
						f.period()));
			}
		}
		byte[] body = CsvWriter.of(List.of(), List.of("profession", "column_kind", "column", "demand", "supply", "gap",
				"people", "supply_suppressed", "country", "care_setting", "period"), rows);
		return ResponseEntity.ok()
			.contentType(CsvWriter.TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"demand-supply.csv\"")
			.header(HttpHeaders.LINK, "</observatory/demand-supply#method>; rel=\"describedby\"")
			.body(body);
	}

	private Filter filter(String country, String careSetting, String period, String area) {
		String c = (country != null && !country.isBlank() && this.taxonomy.isCountry(country)) ? country : null;
		String s = (careSetting != null && !careSetting.isBlank() && this.taxonomy.isCareSetting(careSetting))
				? careSetting : null;
		String p = (period != null && this.demandSupply.periods().contains(period)) ? period : null;
		String a = this.framework.latestPublished()
			.flatMap((f) -> f.areas().stream().map(AreaView::code).filter((code) -> code.equals(area)).findFirst())
			.orElse(null);
		return new Filter(c, s, p, a);
	}

}
