package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.dhso.guidelines.indicator.CurrentIndicators;
import eu.dhso.guidelines.indicator.CurrentIndicators.Current;
import eu.dhso.guidelines.indicator.IndicatorCatalogue;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.indicator.LifecyclePhase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lifecycle dashboard of one country and the comparison of an indicator across
 * countries. Charts are tables with bars drawn by CSS classes, so they read without sight
 * and without scripts.
 */
@Controller
class IndicatorController {

	private final IndicatorSeries indicators;

	private final CurrentIndicators current;

	IndicatorController(IndicatorSeries indicators, CurrentIndicators current) {
		this.indicators = indicators;
		this.current = current;
	}

	@GetMapping("/observatory/indicators")
	String dashboard(@RequestParam(required = false) String country, Model model) {
		List<String> countries = this.indicators.countries();
		String selected = (country != null && countries.contains(country)) ? country
				: (countries.isEmpty() ? null : countries.get(0));
		model.addAttribute("countries", countries);
		model.addAttribute("country", selected);
		model.addAttribute("phases", LifecyclePhase.values());
		model.addAttribute("current", byPhase(this.current.all()));
		List<Chart> charts = new ArrayList<>();
		if (selected != null) {
			for (String code : this.indicators.codes()) {
				List<Point> points = this.indicators.series(code, selected);
				if (!points.isEmpty()) {
					charts.add(Chart.of(code, points.subList(Math.max(0, points.size() - 12), points.size())));
				}
			}
		}
		model.addAttribute("charts", charts);
		return "guidelines/indicators";
	}

	@GetMapping("/observatory/indicators/compare")
	String compare(@RequestParam(required = false) String code, Model model) {
		List<String> codes = this.indicators.codes();
		String selected = (code != null && codes.contains(code)) ? code : (codes.isEmpty() ? null : codes.get(0));
		model.addAttribute("codes", codes);
		model.addAttribute("code", selected);
		model.addAttribute("chart",
				(selected != null)
						? this.indicators.latest(selected, null).map((t) -> Chart.of(selected, t.points())).orElse(null)
						: null);
		return "guidelines/indicators-compare";
	}

	/** The current values grouped by phase, then by indicator, in catalogue order. */
	static Map<LifecyclePhase, List<Indicator>> byPhase(List<Current> values) {
		Map<LifecyclePhase, List<Indicator>> phases = new EnumMap<>(LifecyclePhase.class);
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			phases.put(phase, new ArrayList<>());
		}
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		for (Current value : values) {
			byCode.computeIfAbsent(value.code(), (code) -> {
				Indicator indicator = new Indicator(value.entry(), new ArrayList<>());
				phases.get(value.phase()).add(indicator);
				return indicator;
			}).values().add(value);
		}
		return phases;
	}

	/** One indicator's current values, by country and breakdown. */
	record Indicator(IndicatorCatalogue.Entry entry, List<Current> values) {
	}

	/** An indicator as a table whose value cells carry a bar. */
	record Chart(String code, List<Bar> bars) {

		static Chart of(String code, List<Point> points) {
			BigDecimal max = points.stream()
				.map(Point::value)
				.filter(Objects::nonNull)
				.max(BigDecimal::compareTo)
				.orElse(null);
			return new Chart(code, points.stream().map((p) -> new Bar(p, step(p.value(), max))).toList());
		}

		/** Bar width in steps of five per cent of the largest value. */
		static int step(BigDecimal value, BigDecimal max) {
			if (value == null || max == null || max.signum() <= 0 || value.signum() <= 0) {
				return 0;
			}
			return Math.max(1, value.multiply(BigDecimal.valueOf(20)).divide(max, 0, RoundingMode.HALF_UP).intValue());
		}

	}

	record Bar(Point point, int step) {
	}

}
