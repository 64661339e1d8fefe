package eu.dhso.skills.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

/**
 * Turns answers into a result. A competence's assessed level is the person's self-rating;
 * knowledge items are scored per area as the share answered correctly and serve to
 * calibrate the self-ratings. The gap is the role profile's expected level minus the
 * assessed level, so a positive gap is a shortfall.
 */
public final class AssessmentScoring {

	private AssessmentScoring() {
	}

	public static Result score(FrameworkView framework, List<AssessmentItem> items, Map<Long, Integer> answers,
			Map<Long, Integer> expectedLevels) {
		List<AreaResult> areas = new ArrayList<>();
		for (AreaView area : framework.areas()) {
			List<CompetenceResult> competences = new ArrayList<>();
			int knowledgeAnswered = 0;
			int knowledgeCorrect = 0;
			for (CompetenceView competence : area.competences()) {
				Integer selfLevel = null;
				for (AssessmentItem item : items) {
					if (!item.getCompetenceId().equals(competence.id()) || !answers.containsKey(item.getId())) {
						continue;
					}
					int choice = answers.get(item.getId());
					if (item.getKind() == ItemKind.SELF_RATING) {
						selfLevel = choice;
					}
					else {
						knowledgeAnswered++;
						knowledgeCorrect += (choice == item.correctPosition()) ? 1 : 0;
					}
				}
				competences.add(new CompetenceResult(competence.id(), competence.code(), competence.title(), selfLevel,
						expectedLevels.get(competence.id())));
			}
			OptionalDouble meanSelf = competences.stream()
				.filter((c) -> c.assessedLevel() != null)
				.mapToInt(CompetenceResult::assessedLevel)
				.average();
			OptionalDouble meanGap = competences.stream()
				.filter((c) -> c.gap() != null)
				.mapToInt(CompetenceResult::gap)
				.average();
			Double meanLevel = meanSelf.isPresent() ? meanSelf.getAsDouble() : null;
			Double knowledge = (knowledgeAnswered > 0) ? (double) knowledgeCorrect / knowledgeAnswered : null;
			areas.add(new AreaResult(area.code(), area.title(), meanLevel,
					meanGap.isPresent() ? meanGap.getAsDouble() : null, knowledge, knowledgeAnswered,
					Calibration.of(meanLevel, knowledge), competences));
		}
		return new Result(areas);
	}

	public record CompetenceResult(Long competenceId, String code, String title, Integer assessedLevel,
			Integer expectedLevel) {

		/** Expected minus assessed level; positive when the person falls short. */
		public Integer gap() {
			return (this.assessedLevel == null || this.expectedLevel == null) ? null
					: this.expectedLevel - this.assessedLevel;
		}

	}

	public record AreaResult(String code, String title, Double meanLevel, Double meanGap, Double knowledgeShare,
			int knowledgeItems, Calibration calibration, List<CompetenceResult> competences) {

		/** The knowledge score as a whole percentage, for display. */
		public Integer knowledgePercent() {
			return (this.knowledgeShare == null) ? null : (int) Math.round(this.knowledgeShare * 100);
		}

	}

	public record Result(List<AreaResult> areas) {

		/** Shortfalls, largest first; ties in framework order. */
		public List<CompetenceResult> largestGaps(int limit) {
			return this.areas.stream()
				.flatMap((a) -> a.competences().stream())
				.filter((c) -> c.gap() != null && c.gap() > 0)
				.sorted(Comparator.comparingInt(CompetenceResult::gap).reversed())
				.limit(limit)
				.toList();
		}

	}

}
