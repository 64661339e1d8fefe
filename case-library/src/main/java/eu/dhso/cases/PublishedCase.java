package eu.dhso.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the public sees it: the last published version, with what its consent scope
 * hides already left out (no organisation and no interviewee names when anonymised).
 */
public record PublishedCase(long id, String title, String summary, String organisationName, String countryCode,
		String careSetting, String stage, LocalDate periodStart, LocalDate periodEnd, List<String> technologies,
		List<String> professions, String problem, String solution, String outcomes, String barriers, String enablers,
		String lessonsLearned, List<Indicator> indicators, List<Skill> skills, List<Interviewee> interviewees,
		LocalDate interviewDate, String references, String label, List<Score> scores, Instant publishedAt,
		List<Training> training) {

	public PublishedCase {
		// copies published before training was recorded have none
		training = (training != null) ? List.copyOf(training) : List.of();
	}

	public record Indicator(String name, String value, String unit, String baseline, String source) {
	}

	public record Skill(Long competenceId, String competenceCode, String competenceTitle, int importance, String note) {
	}

	public record Interviewee(String role, String name) {
	}

	/**
	 * How staff were trained: codes of the method, of the format (core's
	 * {@code TrainingFormat}) and of who delivered it; hours when known.
	 */
	public record Training(String method, String format, Integer durationHours, String deliveredBy,
			List<Competence> competences) {

		public Training {
			competences = (competences != null) ? List.copyOf(competences) : List.of();
		}

	}

	/** A competence of the framework, by code with its title when published. */
	public record Competence(String code, String title) {
	}

	public record Score(String criterionCode, int score, String justification) {
	}

	/**
	 * The year the library files the case under: when the implementation started, else
	 * when published.
	 */
	public Integer year() {
		return (this.periodStart != null) ? Integer.valueOf(this.periodStart.getYear()) : null;
	}

}
