package eu.dhso.lab.mentoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A work-based learning plan between one professional and one mentor. Either may propose
 * it; only the other party's agreement makes it binding, so nobody is enrolled without
 * consent. Once agreed, only the professional logs evidence and only the mentor signs
 * activities off or returns them; the plan completes when every activity is signed off.
 */
@Entity
@Table(schema = "lab", name = "mentoring_plan")
public class WorkBasedPlan {

	static final int MAX_ACTIVITIES = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	private String goal;

	@Column(name = "professional_id")
	private long professionalId;

	@Column(name = "mentor_id")
	private long mentorId;

	@Column(name = "proposed_by")
	private long proposedBy;

	@Enumerated(EnumType.STRING)
	private WorkBasedPlanStatus status;

	@Column(name = "proposed_at")
	private Instant proposedAt;

	@Column(name = "agreed_at")
	private Instant agreedAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	/**
	 * Every change moves it, so the version moves too, also when only activities change.
	 */
	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancelled_by")
	private Long cancelledBy;

	@Column(name = "cancel_reason")
	private String cancelReason;

	/** A regional training plan of another module this plan belongs to; not shown yet. */
	@Column(name = "training_plan_id")
	private Long trainingPlanId;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 50)
	private List<PlanActivity> activities = new ArrayList<>();

	protected WorkBasedPlan() {
	}

	private WorkBasedPlan(String title, String goal, long professionalId, long mentorId, long proposedBy, Instant now) {
		this.title = title.strip();
		this.goal = (goal != null && !goal.isBlank()) ? goal.strip() : null;
		this.professionalId = professionalId;
		this.mentorId = mentorId;
		this.proposedBy = proposedBy;
		this.status = WorkBasedPlanStatus.PROPOSED;
		this.proposedAt = now;
		this.updatedAt = now;
	}

	/**
	 * One party proposes a plan to the other; it binds nobody until the other agrees.
	 */
	public static WorkBasedPlan propose(String title, String goal, long professionalId, long mentorId, long proposedBy,
			Instant now) {
		if (title == null || title.isBlank() || title.strip().length() > 200
				|| (goal != null && goal.strip().length() > 2000)) {
			throw new MentoringRejectedException("lab.mentoring.error.fields");
		}
		if (professionalId == mentorId || (proposedBy != professionalId && proposedBy != mentorId)) {
			throw new MentoringRejectedException("lab.mentoring.error.parties");
		}
		return new WorkBasedPlan(title, goal, professionalId, mentorId, proposedBy, now);
	}

	// ---------------------------------------------------------------- parties

	public boolean isParty(long accountId) {
		return accountId == this.professionalId || accountId == this.mentorId;
	}

	public boolean isProfessional(long accountId) {
		return accountId == this.professionalId;
	}

	public boolean isMentor(long accountId) {
		return accountId == this.mentorId;
	}

	/** The party who still has to agree: the one who did not propose. */
	public long awaitedParty() {
		return (this.proposedBy == this.professionalId) ? this.mentorId : this.professionalId;
	}

	private void requireParty(long accountId) {
		if (!isParty(accountId)) {
			throw new MentoringRejectedException("lab.mentoring.error.notParty");
		}
	}

	private void requireStatus(WorkBasedPlanStatus expected) {
		if (this.status != expected) {
			throw new MentoringRejectedException("lab.mentoring.error.state");
		}
	}

	private void moveTo(WorkBasedPlanStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new MentoringRejectedException("lab.mentoring.error.state");
		}
		this.status = next;
	}

	// ---------------------------------------------------------------- while proposed

	/** Either party shapes the activities until the plan is agreed. */
	public PlanActivity addActivity(long actorId, ActivityFields fields, Instant now) {
		requireParty(actorId);
		requireStatus(WorkBasedPlanStatus.PROPOSED);
		if (this.activities.size() >= MAX_ACTIVITIES) {
			throw new MentoringRejectedException("lab.mentoring.error.tooMany");
		}
		PlanActivity activity = new PlanActivity(this, fields);
		this.activities.add(activity);
		this.updatedAt = now;
		return activity;
	}

	public void removeActivity(long actorId, long activityId, Instant now) {
		requireParty(actorId);
		requireStatus(WorkBasedPlanStatus.PROPOSED);
		this.activities.remove(activity(activityId));
		this.updatedAt = now;
	}

	/**
	 * The party who did not propose agrees: from now on the activities are fixed. Neither
	 * the proposer nor anyone else can agree in their place.
	 */
	public void agree(long actorId, Instant now) {
		requireParty(actorId);
		if (actorId != awaitedParty()) {
			throw new MentoringRejectedException("lab.mentoring.error.notAwaited");
		}
		requireStatus(WorkBasedPlanStatus.PROPOSED);
		if (this.activities.isEmpty()) {
			throw new MentoringRejectedException("lab.mentoring.error.noActivities");
		}
		moveTo(WorkBasedPlanStatus.AGREED);
		this.agreedAt = now;
		this.updatedAt = now;
	}

	/** Either party declines a proposal or calls an agreed plan off. */
	public void cancel(long actorId, String reason, Instant now) {
		requireParty(actorId);
		if (reason != null && reason.strip().length() > 1000) {
			throw new MentoringRejectedException("lab.mentoring.error.reason");
		}
		moveTo(WorkBasedPlanStatus.CANCELLED);
		this.cancelledAt = now;
		this.updatedAt = now;
		this.cancelledBy = actorId;
		this.cancelReason = (reason != null && !reason.isBlank()) ? reason.strip() : null;
	}

	/**
	 * Either party counts the plan toward a regional training plan, or no longer
	 * ({@code null}); a cancelled plan counts toward nothing.
	 */
	public void countToward(long actorId, Long trainingPlanId, Instant now) {
		requireParty(actorId);
		if (this.status == WorkBasedPlanStatus.CANCELLED) {
			throw new MentoringRejectedException("lab.mentoring.error.trainingPlanCancelled");
		}
		this.trainingPlanId = trainingPlanId;
		this.updatedAt = now;
	}

	// ---------------------------------------------------------------- while agreed

	/** The professional logs evidence for an activity, which hands it to the mentor. */
	public ActivityEvidence logEvidence(long actorId, long activityId, String note, EvidenceFile file, Instant now) {
		if (!isProfessional(actorId)) {
			throw new MentoringRejectedException("lab.mentoring.error.onlyProfessional");
		}
		requireStatus(WorkBasedPlanStatus.AGREED);
		this.updatedAt = now;
		return activity(activityId).logEvidence(note, file, now);
	}

	/**
	 * The mentor confirms an activity; the last one signed off completes the plan.
	 * @return whether the plan is now completed
	 */
	public boolean signOff(long actorId, long activityId, Instant now) {
		if (!isMentor(actorId)) {
			throw new MentoringRejectedException("lab.mentoring.error.onlyMentor");
		}
		requireStatus(WorkBasedPlanStatus.AGREED);
		activity(activityId).signOff(now);
		this.updatedAt = now;
		if (this.activities.stream().allMatch(PlanActivity::isSignedOff)) {
			moveTo(WorkBasedPlanStatus.COMPLETED);
			this.completedAt = now;
			return true;
		}
		return false;
	}

	/** The mentor asks for more, saying why. */
	public void returnActivity(long actorId, long activityId, String reason, Instant now) {
		if (!isMentor(actorId)) {
			throw new MentoringRejectedException("lab.mentoring.error.onlyMentor");
		}
		requireStatus(WorkBasedPlanStatus.AGREED);
		activity(activityId).giveBack(reason, now);
		this.updatedAt = now;
	}

	public PlanActivity activity(long activityId) {
		return this.activities.stream()
			.filter((a) -> a.getId() != null && a.getId() == activityId)
			.findFirst()
			.orElseThrow(() -> new MentoringRejectedException("lab.mentoring.error.noSuchActivity"));
	}

	// ---------------------------------------------------------------- reading

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getTitle() {
		return this.title;
	}

	public String getGoal() {
		return this.goal;
	}

	public long getProfessionalId() {
		return this.professionalId;
	}

	public long getMentorId() {
		return this.mentorId;
	}

	public long getProposedBy() {
		return this.proposedBy;
	}

	public WorkBasedPlanStatus getStatus() {
		return this.status;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public Instant getAgreedAt() {
		return this.agreedAt;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public Long getCancelledBy() {
		return this.cancelledBy;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public Long getTrainingPlanId() {
		return this.trainingPlanId;
	}

	public List<PlanActivity> getActivities() {
		return List.copyOf(this.activities);
	}

	public long signedOffCount() {
		return this.activities.stream().filter(PlanActivity::isSignedOff).count();
	}

}
