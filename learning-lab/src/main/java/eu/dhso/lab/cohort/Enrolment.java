package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person's place in a cohort (or on its waitlist), with the consent to count their
 * pre/post levels and the self-paced activities they marked done. Changed only through
 * its {@link Cohort}.
 */
@Entity
@Table(schema = "lab", name = "enrolment")
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cohort_id")
	private Cohort cohort;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "participant_name")
	private String participantName;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "enrolled_at")
	private Instant enrolledAt;

	@Column(name = "added_by")
	private Long addedBy;

	private boolean synthetic;

	@Column(name = "levels_consent")
	private boolean levelsConsent;

	@Column(name = "levels_consent_changed_at")
	private Instant levelsConsentChangedAt;

	@ElementCollection
	@CollectionTable(schema = "lab", name = "activity_done", joinColumns = @JoinColumn(name = "enrolment_id"))
	@Column(name = "done_at")
	private Map<DoneActivity, Instant> activitiesDone = new HashMap<>();

	protected Enrolment() {
	}

	Enrolment(Cohort cohort, Long accountId, String name) {
		this.cohort = cohort;
		this.accountId = accountId;
		this.participantName = name;
		this.status = EnrolmentStatus.WITHDRAWN;
	}

	/** A new request (or a renewed one after withdrawing) takes a place or waits. */
	void request(EnrolmentStatus status, Long addedBy, boolean levelsConsent, Instant now) {
		this.status = status;
		this.requestedAt = now;
		this.enrolledAt = (status == EnrolmentStatus.ENROLLED) ? now : null;
		this.addedBy = addedBy;
		this.levelsConsent = levelsConsent;
		this.levelsConsentChangedAt = now;
	}

	void promote(Instant now) {
		this.status = EnrolmentStatus.ENROLLED;
		this.enrolledAt = now;
	}

	void withdraw() {
		this.status = EnrolmentStatus.WITHDRAWN;
		this.enrolledAt = null;
	}

	void consent(boolean given, Instant now) {
		this.levelsConsent = given;
		this.levelsConsentChangedAt = now;
	}

	void markActivity(long moduleId, int activityNo, boolean done, Instant now) {
		if (this.status != EnrolmentStatus.ENROLLED) {
			throw new CohortNotFoundException(this.cohort.getId());
		}
		DoneActivity activity = new DoneActivity(moduleId, activityNo);
		if (done) {
			this.activitiesDone.putIfAbsent(activity, now);
		}
		else {
			this.activitiesDone.remove(activity);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getParticipantName() {
		return this.participantName;
	}

	public EnrolmentStatus getStatus() {
		return this.status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public boolean isSynthetic() {
		return this.synthetic;
	}

	public boolean isLevelsConsent() {
		return this.levelsConsent;
	}

	boolean holdsPlace() {
		return this.status != EnrolmentStatus.WITHDRAWN;
	}

	/** The activities done, as {@link CompletionRule#activityKey} keys. */
	public Set<String> doneActivityKeys() {
		return this.activitiesDone.keySet()
			.stream()
			.map((a) -> CompletionRule.activityKey(a.getModuleId(), a.getActivityNo()))
			.collect(Collectors.toSet());
	}

}
