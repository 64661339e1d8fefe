package eu.dhso.guidelines.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.skills.SkillsFigures;
import eu.dhso.skills.SkillsFigures.AreaCell;

import org.springframework.stereotype.Service;

/**
 * Competences demanded by published cases (how often a competence is named times how
 * important it is, summed per area and technology) against those supplied (the public
 * skills map: mean self-rated level and gap per profession and area, small groups
 * suppressed).
 */
@Service
public class DemandSupply {

	private static final int PAGE = 500;

	private final PublishedCaseCatalogue cases;

	private final SkillsFigures skills;

	private final CompetenceFramework framework;

	DemandSupply(PublishedCaseCatalogue cases, SkillsFigures skills, CompetenceFramework framework) {
		this.cases = cases;
		this.skills = skills;
		this.framework = framework;
	}

	public View view(String country) {
		FrameworkView fw = this.framework.latestPublished().orElseThrow();
		Map<String, String> areaOf = new HashMap<>();
		List<String> areas = new ArrayList<>();
		fw.areas().forEach((a) -> {
			areas.add(a.code());
			a.competences().forEach((c) -> areaOf.put(c.code(), a.code()));
		});
		Map<String, Map<String, Integer>> demand = new TreeMap<>();
		Map<String, Integer> total = new LinkedHashMap<>();
		int offset = 0;
		List<PublishedCase> page;
		do {
			page = this.cases.page(offset, PAGE);
			for (PublishedCase c : page) {
				if (country != null && !country.equals(c.countryCode())) {
					continue;
				}
				for (PublishedCase.Skill skill : c.skills()) {
					String area = areaOf.get(skill.competenceCode());
					if (area == null) {
						continue;
					}
					total.merge(area, skill.importance(), Integer::sum);
					for (String technology : c.technologies()) {
						demand.computeIfAbsent(technology, (t) -> new HashMap<>())
							.merge(area, skill.importance(), Integer::sum);
					}
				}
			}
			offset += PAGE;
		}
		while (page.size() == PAGE);
		Map<String, Map<String, AreaCell>> supply = new LinkedHashMap<>();
		for (AreaCell cell : this.skills.publicMap(country)) {
			supply.computeIfAbsent(cell.profession(), (p) -> new HashMap<>()).put(cell.area(), cell);
		}
		return new View(areas, demand, total, supply);
	}

	/**
	 * @param demandByTechnology technology → area → summed importance
	 * @param supply profession → area → public skills-map cell
	 */
	public record View(List<String> areas, Map<String, Map<String, Integer>> demandByTechnology,
			Map<String, Integer> demandTotal, Map<String, Map<String, AreaCell>> supply) {

		/** Heat band 0–4 of a demand figure against the largest one. */
		public int demandBand(Integer value) {
			int max = this.demandByTechnology.values()
				.stream()
				.flatMap((m) -> m.values().stream())
				.mapToInt(Integer::intValue)
				.max()
				.orElse(0);
			return (value == null || max == 0) ? 0 : Math.max(1, (int) Math.ceil(4.0 * value / max));
		}

		/** Heat band 0–4 of a gap: the larger the gap, the hotter; 0 when suppressed. */
		public int gapBand(AreaCell cell) {
			if (cell == null || cell.meanGap() == null) {
				return 0;
			}
			return Math.max(1, Math.min(4, (int) Math.ceil(cell.meanGap() * 2 + 1e-9)));
		}

	}

}
