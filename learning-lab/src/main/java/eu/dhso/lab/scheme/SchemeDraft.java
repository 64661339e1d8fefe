package eu.dhso.lab.scheme;

import java.time.Instant;
import java.util.List;

/**
 * The working copy of a scheme as trainers edit it and the pages show it, with what still
 * keeps it from publication (message keys) and the version the edit forms send back.
 */
public record SchemeDraft(long id, Long organisationId, long createdBy, String title, String aims,
		List<String> professions, String language, int workloadHours, boolean trainTheTrainers, boolean changeAgents,
		SchemeStatus status, int publishedVersion, Instant updatedAt, List<ModuleDraft> modules, long version,
		String returnedReason, List<String> problems) {

	public boolean inReview() {
		return this.status == SchemeStatus.IN_REVIEW;
	}

	public boolean everPublished() {
		return this.publishedVersion > 0;
	}

	public Summary summary() {
		return new Summary(this.id, this.title, this.status, this.publishedVersion, this.modules.size(),
				this.updatedAt);
	}

	public record ModuleDraft(long id, int position, String title, String summary, List<String> technologies,
			List<OutcomeDraft> outcomes, List<ActivityDraft> activities) {

		public int activityMinutes() {
			return this.activities.stream().mapToInt(ActivityDraft::durationMinutes).sum();
		}

	}

	public record OutcomeDraft(long id, String competenceCode, int targetLevel, String description) {
	}

	public record ActivityDraft(long id, String title, ActivityType type, Delivery delivery, int durationMinutes,
			Long caseId) {
	}

	/** One line of a list of schemes. */
	public record Summary(long id, String title, SchemeStatus status, int publishedVersion, int modules,
			Instant updatedAt) {
	}

}
