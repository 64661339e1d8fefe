package eu.dhso.lab.scheme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A published version of a training scheme, exactly as it was published. Cohorts run one
 * of these, so later edits of the working copy never change what a running cohort
 * follows.
 */
public record SchemeSnapshot(long schemeId, int number, String title, String aims, List<String> professions,
		String language, int workloadHours, boolean trainTheTrainers, boolean changeAgents, String organisationName,
		List<ModuleSnapshot> modules, Instant publishedAt) {

	public SchemeSnapshot {
		professions = List.copyOf(professions);
		modules = List.copyOf(modules);
	}

	public Optional<ModuleSnapshot> module(long moduleId) {
		return this.modules.stream().filter((m) -> m.moduleId() == moduleId).findFirst();
	}

	/** Contact and study time of all activities, in minutes. */
	public int activityMinutes() {
		return this.modules.stream().mapToInt(ModuleSnapshot::activityMinutes).sum();
	}

	/** Every competence an outcome of some module addresses, in module order. */
	public Set<String> competenceCodes() {
		Set<String> codes = new LinkedHashSet<>();
		this.modules.forEach((m) -> m.outcomes().forEach((o) -> codes.add(o.competenceCode())));
		return codes;
	}

	public Set<String> technologies() {
		Set<String> codes = new LinkedHashSet<>();
		this.modules.forEach((m) -> codes.addAll(m.technologies()));
		return codes;
	}

	public record ModuleSnapshot(long moduleId, int position, String title, String summary, List<String> technologies,
			List<Outcome> outcomes, List<Activity> activities) {

		public ModuleSnapshot {
			technologies = List.copyOf(technologies);
			outcomes = List.copyOf(outcomes);
			activities = List.copyOf(activities);
		}

		public int activityMinutes() {
			return this.activities.stream().mapToInt(Activity::durationMinutes).sum();
		}

		public Set<String> competenceCodes() {
			Set<String> codes = new LinkedHashSet<>();
			this.outcomes.forEach((o) -> codes.add(o.competenceCode()));
			return codes;
		}

		/** The distinct kinds of activity, in the order they first occur. */
		public List<ActivityType> activityTypes() {
			List<ActivityType> types = new ArrayList<>();
			this.activities.forEach((a) -> {
				if (!types.contains(a.type())) {
					types.add(a.type());
				}
			});
			return types;
		}

		/** Numbers (1-based) of the activities participants do on their own. */
		public List<Integer> selfPacedActivities() {
			List<Integer> numbers = new ArrayList<>();
			for (int i = 0; i < this.activities.size(); i++) {
				if (this.activities.get(i).type().selfPaced()) {
					numbers.add(i + 1);
				}
			}
			return numbers;
		}

	}

	/**
	 * {@code outcomeId} names the working copy's outcome, for its translations; versions
	 * published before translations have none.
	 */
	public record Outcome(String competenceCode, String competenceTitle, int targetLevel, String description,
			Long outcomeId) {
	}

	public record Activity(String title, ActivityType type, Delivery delivery, int durationMinutes, Long caseId) {
	}

}
