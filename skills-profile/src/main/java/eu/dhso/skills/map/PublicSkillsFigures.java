package eu.dhso.skills.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.SkillsFigures;
import eu.dhso.skills.profile.RoleProfileMaintenance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open-data figures of the skills profile, built on the public skills map. */
@Component
class PublicSkillsFigures implements SkillsFigures {

	private final SkillsMap map;

	private final RoleProfileMaintenance profiles;

	private final Taxonomy taxonomy;

	private final CalibrationMap calibration;

	PublicSkillsFigures(SkillsMap map, CalibrationMap calibration, RoleProfileMaintenance profiles, Taxonomy taxonomy) {
		this.map = map;
		this.calibration = calibration;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RoleProfileLevels> roleProfiles() {
		List<RoleProfileLevels> result = new ArrayList<>();
		for (String profession : professionCodes()) {
			this.profiles.published(profession, null).ifPresent((view) -> {
				Map<String, Integer> levels = new LinkedHashMap<>();
				view.framework()
					.areas()
					.stream()
					.flatMap((a) -> a.competences().stream())
					.forEach((CompetenceView c) -> {
						Integer level = view.level(c.id());
						// a competence the profile sets no level for is left out, not
						// given as null
						if (level != null) {
							levels.put(c.code(), level);
						}
					});
				// a profession's profile started without any level yet says nothing
				if (!levels.isEmpty()) {
					result.add(new RoleProfileLevels(profession, view.framework().label(), levels));
				}
			});
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AreaCell> publicMap(MapQuery query) {
		SkillsMap.Heatmap heatmap = this.map.byArea(filter(query));
		List<AreaCell> cells = new ArrayList<>();
		for (String profession : professionCodes()) {
			heatmap.framework().areas().forEach((area) -> {
				Cell cell = heatmap.cell(profession, area.code());
				cells.add(new AreaCell(profession, area.code(), cell.respondents(), cell.meanLevel(), cell.meanGap()));
			});
		}
		return cells;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalibrationCell> calibration(MapQuery query) {
		CalibrationMap.Table table = this.calibration.table(filter(query));
		List<CalibrationCell> cells = new ArrayList<>();
		for (String profession : professionCodes()) {
			for (String column : table.columns()) {
				cells.add(new CalibrationCell(profession, column, table.value(profession, column)));
			}
		}
		return cells;
	}

	private static MapFilter filter(MapQuery query) {
		MapPeriod period = (query.period() != null) ? MapPeriod.parse(query.period()).orElse(null) : null;
		return new MapFilter(query.frameworkVersion(), query.country(), query.careSetting(), period);
	}

	private List<String> professionCodes() {
		return this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
	}

}
