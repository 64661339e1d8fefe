package eu.dhso.lab.cohort;

import java.util.Set;

/**
 * When a participant has completed a cohort: present at no less than the cohort's minimum
 * share of its scheduled sessions, and every self-paced activity (e-learning, case study,
 * assessment) of the scheme version marked done. A cohort without sessions asks for the
 * activities only.
 */
public record CompletionRule(int minAttendancePercent) {

	public CompletionRule {
		if (minAttendancePercent < 0 || minAttendancePercent > 100) {
			throw new IllegalArgumentException("Attendance percentage out of range: " + minAttendancePercent);
		}
	}

	public Completion evaluate(int sessions, int attended, Set<String> requiredActivities, Set<String> doneActivities) {
		int percent = (sessions == 0) ? 100 : (int) Math.floor(100.0 * attended / sessions);
		boolean attendanceMet = percent >= this.minAttendancePercent;
		long done = requiredActivities.stream().filter(doneActivities::contains).count();
		boolean activitiesMet = done == requiredActivities.size();
		return new Completion(attended, sessions, percent, attendanceMet, (int) done, requiredActivities.size(),
				activitiesMet);
	}

	/** Where a participant stands against the rule. */
	public record Completion(int attended, int sessions, int attendancePercent, boolean attendanceMet,
			int activitiesDone, int activitiesRequired, boolean activitiesMet) {

		public boolean completed() {
			return this.attendanceMet && this.activitiesMet;
		}

	}

	/** The key of a self-paced activity: module id and the activity's 1-based number. */
	public static String activityKey(long moduleId, int activityNo) {
		return moduleId + ":" + activityNo;
	}

}
