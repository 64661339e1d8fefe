package eu.dhso.skills;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What published needs workshops found, one finding at a time, for demand: each names its
 * workshop, so a demand figure can say where it comes from.
 */
public interface WorkshopNeeds {

	/** Findings of every published workshop, newest workshop first. */
	List<WorkshopNeed> published();

	/** Findings of published workshops in which the profession took part. */
	default List<WorkshopNeed> forProfession(String profession) {
		return published().stream().filter((n) -> n.professions().contains(profession)).toList();
	}

	/**
	 * @param professions the professions that took part
	 * @param priority {@code HIGH}, {@code MEDIUM} or {@code LOW}
	 * @param competences framework competence codes the need points to
	 */
	record WorkshopNeed(long workshopId, String workshopTitle, String organisationName, String countryCode,
			String careSetting, LocalDate heldOn, Set<String> professions, String need, String priority,
			List<String> competences) {

		public WorkshopNeed {
			professions = Set.copyOf(professions);
			competences = List.copyOf(competences);
		}

		/** The workshop's public page. */
		public String href() {
			return "/workshops/" + this.workshopId;
		}

	}

}
