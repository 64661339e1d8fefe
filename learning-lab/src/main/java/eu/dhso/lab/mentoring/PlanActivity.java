package eu.dhso.lab.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * An activity at work within a plan, changed only through its plan: the competences it
 * develops, the level to reach, resources to work with, the evidence logged and the
 * mentor's decision.
 */
@Entity
@Table(schema = "lab", name = "mentoring_activity")
public class PlanActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private WorkBasedPlan plan;

	private String title;

	private String description;

	private String[] competences;

	@Column(name = "target_level")
	private int targetLevel;

	@Column(name = "resource_ids")
	private Long[] resourceIds;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status;

	@Column(name = "signed_off_at")
	private Instant signedOffAt;

	@Column(name = "returned_at")
	private Instant returnedAt;

	@Column(name = "return_reason")
	private String returnReason;

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 50)
	private List<ActivityEvidence> evidence = new ArrayList<>();

	protected PlanActivity() {
	}

	PlanActivity(WorkBasedPlan plan, ActivityFields fields) {
		if (fields.title() == null || fields.title().isBlank() || fields.title().strip().length() > 200
				|| (fields.description() != null && fields.description().strip().length() > 2000)
				|| fields.dueOn() == null) {
			throw new MentoringRejectedException("lab.mentoring.error.activityFields");
		}
		if (fields.competences().isEmpty()) {
			throw new MentoringRejectedException("lab.mentoring.error.competence");
		}
		if (fields.targetLevel() < 1 || fields.targetLevel() > 4) {
			throw new MentoringRejectedException("lab.mentoring.error.level");
		}
		this.plan = plan;
		this.title = fields.title().strip();
		this.description = (fields.description() != null && !fields.description().isBlank())
				? fields.description().strip() : null;
		this.competences = fields.competences().stream().distinct().toArray(String[]::new);
		this.targetLevel = fields.targetLevel();
		this.resourceIds = fields.resourceIds().stream().distinct().toArray(Long[]::new);
		this.dueOn = fields.dueOn();
		this.status = ActivityStatus.OPEN;
	}

	ActivityEvidence logEvidence(String note, EvidenceFile file, Instant now) {
		boolean hasNote = note != null && !note.isBlank();
		if (!hasNote && file == null) {
			throw new MentoringRejectedException("lab.mentoring.error.evidenceEmpty");
		}
		if (hasNote && note.strip().length() > 4000) {
			throw new MentoringRejectedException("lab.mentoring.error.evidenceNote");
		}
		moveTo(ActivityStatus.SUBMITTED);
		ActivityEvidence logged = new ActivityEvidence(this, hasNote ? note.strip() : null, file, now);
		this.evidence.add(logged);
		return logged;
	}

	void signOff(Instant now) {
		moveTo(ActivityStatus.SIGNED_OFF);
		this.signedOffAt = now;
	}

	void giveBack(String reason, Instant now) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			throw new MentoringRejectedException("lab.mentoring.error.reason");
		}
		moveTo(ActivityStatus.RETURNED);
		this.returnedAt = now;
		this.returnReason = reason.strip();
	}

	private void moveTo(ActivityStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new MentoringRejectedException("lab.mentoring.error.activityState");
		}
		this.status = next;
	}

	public boolean isSignedOff() {
		return this.status == ActivityStatus.SIGNED_OFF;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getCompetences() {
		return (this.competences != null) ? List.of(this.competences) : List.of();
	}

	public int getTargetLevel() {
		return this.targetLevel;
	}

	public List<Long> getResourceIds() {
		return (this.resourceIds != null) ? Arrays.asList(this.resourceIds) : List.of();
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public Instant getSignedOffAt() {
		return this.signedOffAt;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public List<ActivityEvidence> getEvidence() {
		return List.copyOf(this.evidence);
	}

}
