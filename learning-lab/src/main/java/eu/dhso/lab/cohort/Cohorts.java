package eu.dhso.lab.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What pages show of cohorts, sessions and participants. */
public final class Cohorts {

	private Cohorts() {
	}

	public record Cohort(long id, long versionId, long schemeId, int versionNumber, String schemeTitle, String title,
			String countryCode, LocalDate startsOn, LocalDate endsOn, int capacity, boolean enrolmentOpen,
			int minAttendancePercent, Long organisationId, long createdBy, long enrolled, long waitlisted) {

		public ZoneId zone() {
			return CohortZones.of(this.countryCode);
		}

		/** Whether people may still ask for a place on this day. */
		public boolean acceptsRequests(LocalDate today) {
			return this.enrolmentOpen && !this.endsOn.isBefore(today);
		}

		public long freePlaces() {
			return Math.max(0, this.capacity - this.enrolled);
		}

		public boolean started(LocalDate today) {
			return !this.startsOn.isAfter(today);
		}

		public boolean ended(LocalDate today) {
			return this.endsOn.isBefore(today);
		}

	}

	public record Session(long id, long cohortId, String title, Instant startsAt, Instant endsAt, String location,
			Long moduleId) {
	}

	/**
	 * A place in a cohort. {@code levelsConsent}: the participant lets the pilot
	 * evaluation use their pre/post levels (synthetic demo participants need no consent).
	 */
	public record Participant(long enrolmentId, long cohortId, Long accountId, String name, EnrolmentStatus status,
			Instant requestedAt, boolean synthetic, int waitlistPosition, boolean levelsConsent) {

		/** Whether this participant's pre/post levels may enter the cohort's figures. */
		public boolean levelsMayBeUsed() {
			return this.synthetic || this.levelsConsent;
		}

	}

	/** A trainer's invitation to join a cohort, as the invited person sees it. */
	public record Invitation(long id, Cohort cohort, String invitedBy, Instant invitedAt) {
	}

	public record Trainer(long accountId, String username, String displayName) {
	}

	public record CohortFields(long versionId, String title, String countryCode, LocalDate startsOn, LocalDate endsOn,
			int capacity, int minAttendancePercent) {
	}

	public record SessionFields(String title, LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
			String location, Long moduleId) {
	}

}
