package eu.dhso.skills.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.DemoContent;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.profile.RoleProfileMaintenance;

import org.springframework.stereotype.Component;

/**
 * Role profiles for the allied health professions that became professions of their own,
 * on the latest published framework. They start from the allied health profile's area
 * levels and set apart what the work asks for: dietitians and physiotherapists guide and
 * rehabilitate citizens online, occupational therapists fit technology to people's homes,
 * and social and health-care assistants help citizens with their devices day to day.
 * Loaded before the synthetic assessments, so those respondents meet a profile too; a
 * profile an editor already wrote is left alone.
 */
@Component
class DemoRoleProfiles implements DemoContent {

	private static final String ACTOR = "demo";

	/** Area levels, S1..S8 then D1..D6; then competences set apart. */
	static final Map<String, int[]> AREA_LEVELS = Map.of("DIETICIAN",
			new int[] { 3, 3, 2, 2, 1, 3, 2, 3, 2, 2, 1, 2, 2, 2 }, "OCCUPATIONAL_THERAPIST",
			new int[] { 3, 3, 2, 2, 1, 3, 2, 3, 2, 2, 1, 2, 3, 2 }, "PHYSIOTHERAPIST",
			new int[] { 3, 3, 2, 2, 1, 3, 2, 3, 2, 2, 1, 2, 2, 2 }, "SOCIAL_CARE_ASSISTANT",
			new int[] { 2, 3, 2, 2, 1, 3, 2, 2, 2, 2, 1, 2, 2, 2 });

	static final Map<String, Map<String, Integer>> COMPETENCE_LEVELS = Map.of("DIETICIAN",
			Map.of("D6.1", 3, "D6.2", 3, "S8.3", 3), "OCCUPATIONAL_THERAPIST", Map.of("D6.4", 3, "D5.1", 3),
			"PHYSIOTHERAPIST", Map.of("D6.2", 3, "D6.4", 3, "D6.1", 3), "SOCIAL_CARE_ASSISTANT",
			Map.of("S6.1", 3, "D5.1", 2, "D3.4", 1));

	private static final List<String> AREAS = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "D1", "D2", "D3",
			"D4", "D5", "D6");

	private final RoleProfileMaintenance profiles;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	DemoRoleProfiles(RoleProfileMaintenance profiles, CompetenceFramework framework, Taxonomy taxonomy) {
		this.profiles = profiles;
		this.framework = framework;
		this.taxonomy = taxonomy;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public int loadMissing() {
		FrameworkView view = this.framework.latestPublished().orElse(null);
		if (view == null) {
			return 0;
		}
		int added = 0;
		for (Map.Entry<String, int[]> profession : AREA_LEVELS.entrySet()) {
			String code = profession.getKey();
			if (!this.taxonomy.isProfession(code)) {
				continue;
			}
			Map<Long, Integer> levels = new HashMap<>();
			for (AreaView area : view.areas()) {
				int index = AREAS.indexOf(area.code());
				int areaLevel = (index >= 0) ? profession.getValue()[index] : 2;
				for (CompetenceView competence : area.competences()) {
					levels.put(competence.id(), COMPETENCE_LEVELS.get(code).getOrDefault(competence.code(), areaLevel));
				}
			}
			if (this.profiles.startProfile(code, levels, ACTOR)) {
				added++;
			}
		}
		return added;
	}

}
