package eu.dhso.lab.scheme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A training scheme: the working copy trainers edit (modules with their learning outcomes
 * and activities) and the versions editors published from it. Its status changes only
 * through {@link #submit}, {@link #sendBack}, {@link #takeBack} and {@link #publish}; the
 * working copy changes only while it is a draft.
 */
@Entity
@Table(schema = "lab", name = "scheme")
public class TrainingScheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "created_by")
	private long createdBy;

	private String title;

	private String aims;

	private String[] professions;

	private String language;

	@Column(name = "workload_hours")
	private int workloadHours;

	@Column(name = "train_the_trainers")
	private boolean trainTheTrainers;

	@Column(name = "change_agents")
	private boolean changeAgents;

	@Enumerated(EnumType.STRING)
	private SchemeStatus status;

	@Column(name = "published_version")
	private int publishedVersion;

	@Column(name = "returned_reason")
	private String returnedReason;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "scheme_id", nullable = false, updatable = false)
	@OrderBy("position, id")
	private List<SchemeModule> modules = new ArrayList<>();

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "scheme_id", nullable = false, updatable = false)
	@OrderBy("number")
	private List<SchemeVersion> versions = new ArrayList<>();

	@Version
	private long version;

	protected TrainingScheme() {
	}

	/** A new draft of the trainer's organisation. */
	public TrainingScheme(Long organisationId, long createdBy, SchemeFields fields, Clock clock) {
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.status = SchemeStatus.DRAFT;
		describe(fields, clock);
	}

	// ------------------------------------------------------------ editing the working
	// copy

	public void describe(SchemeFields fields, Clock clock) {
		requireDraft();
		if (fields.title() == null || fields.title().isBlank()) {
			throw new IllegalArgumentException("A scheme has a title");
		}
		if (fields.workloadHours() < 0 || fields.workloadHours() > 2000) {
			throw new IllegalArgumentException("Workload runs from 0 to 2000 hours");
		}
		this.title = fields.title();
		this.aims = (fields.aims() != null) ? fields.aims() : "";
		this.professions = fields.professions().toArray(String[]::new);
		this.language = fields.language();
		this.workloadHours = fields.workloadHours();
		this.trainTheTrainers = fields.trainTheTrainers();
		this.changeAgents = fields.changeAgents();
		touch(clock);
	}

	/** Adds a module at the end; {@link #lastModuleId()} tells its id once saved. */
	public void addModule(String title, String summary, List<String> technologies, Clock clock) {
		requireDraft();
		SchemeModule module = new SchemeModule(this.modules.size() + 1, title, summary, technologies);
		this.modules.add(module);
		touch(clock);
	}

	/** The id of the module added last, once saved. */
	public long lastModuleId() {
		return this.modules.stream()
			.map(SchemeModule::getId)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.max()
			.orElseThrow();
	}

	public void describeModule(long moduleId, String title, String summary, List<String> technologies, Clock clock) {
		requireDraft();
		module(moduleId).describe(title, summary, technologies);
		touch(clock);
	}

	public void removeModule(long moduleId, Clock clock) {
		requireDraft();
		this.modules.remove(module(moduleId));
		renumber();
		touch(clock);
	}

	/**
	 * Moves a module one place up (negative) or down (positive); nothing past either end.
	 */
	public void moveModule(long moduleId, int direction, Clock clock) {
		requireDraft();
		SchemeModule module = module(moduleId);
		int from = this.modules.indexOf(module);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= this.modules.size()) {
			return;
		}
		this.modules.add(to, this.modules.remove(from));
		renumber();
		touch(clock);
	}

	public void addOutcome(long moduleId, String competenceCode, int targetLevel, String description, Clock clock) {
		requireDraft();
		module(moduleId).add(new LearningOutcome(competenceCode, targetLevel, description));
		touch(clock);
	}

	public void removeOutcome(long moduleId, long outcomeId, Clock clock) {
		requireDraft();
		if (module(moduleId).removeOutcome(outcomeId)) {
			touch(clock);
		}
	}

	public void addActivity(long moduleId, String title, ActivityType type, Delivery delivery, int minutes, Long caseId,
			Clock clock) {
		requireDraft();
		module(moduleId).add(new SchemeActivity(title, type, delivery, minutes, caseId));
		touch(clock);
	}

	public void removeActivity(long moduleId, long activityId, Clock clock) {
		requireDraft();
		if (module(moduleId).removeActivity(activityId)) {
			touch(clock);
		}
	}

	// ------------------------------------------------------------ workflow

	/**
	 * What still keeps the working copy from publication, as message keys; empty when it
	 * can be submitted.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.modules.isEmpty()) {
			problems.add("lab.scheme.problem.noModules");
		}
		if (this.modules.stream().anyMatch((m) -> !m.hasOutcomes())) {
			problems.add("lab.scheme.problem.noOutcomes");
		}
		if (this.modules.stream().anyMatch((m) -> !m.hasActivities())) {
			problems.add("lab.scheme.problem.noActivities");
		}
		if (this.aims == null || this.aims.isBlank()) {
			problems.add("lab.scheme.problem.noAims");
		}
		return problems;
	}

	/** Sends the working copy to the editors; only a complete draft can go. */
	public void submit(Clock clock) {
		if (!problems().isEmpty()) {
			throw new SchemeStateException("Scheme " + this.id + " is not complete");
		}
		moveTo(SchemeStatus.IN_REVIEW);
		this.returnedReason = null;
		touch(clock);
	}

	/** An editor returns it to its trainers, saying what to change. */
	public void sendBack(String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Sending a scheme back needs a reason");
		}
		moveTo(SchemeStatus.DRAFT);
		this.returnedReason = reason.strip();
		touch(clock);
	}

	/** Its trainers take it back from review to change it. */
	public void takeBack(Clock clock) {
		moveTo(SchemeStatus.DRAFT);
		touch(clock);
	}

	/**
	 * An editor publishes the submitted working copy as the next version; the working
	 * copy becomes a draft again for the next edition.
	 * @param content the version as it was published, written by the caller from
	 * {@link #toDraft()} and {@link #nextVersionNumber()}
	 */
	public void publish(Long editorId, int number, String content, Instant at) {
		if (this.status != SchemeStatus.IN_REVIEW) {
			throw new SchemeStateException("Scheme " + this.id + " is not in review");
		}
		if (!problems().isEmpty()) {
			throw new SchemeStateException("Scheme " + this.id + " is not complete");
		}
		if (number != nextVersionNumber()) {
			throw new SchemeStateException("Scheme " + this.id + " publishes version " + nextVersionNumber());
		}
		this.versions.add(new SchemeVersion(number, content, at, editorId));
		this.publishedVersion = number;
		moveTo(SchemeStatus.DRAFT);
		this.updatedAt = at;
	}

	public int nextVersionNumber() {
		return this.publishedVersion + 1;
	}

	// ------------------------------------------------------------ reading

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public SchemeStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

	public String getReturnedReason() {
		return this.returnedReason;
	}

	/** The working copy as the pages show it. */
	public SchemeDraft toDraft() {
		return new SchemeDraft(SchemeActivity.idOrZero(this.id), this.organisationId, this.createdBy, this.title,
				this.aims, (this.professions != null) ? List.of(this.professions) : List.of(), this.language,
				this.workloadHours, this.trainTheTrainers, this.changeAgents, this.status, this.publishedVersion,
				this.updatedAt, this.modules.stream().map(SchemeModule::toDraft).toList(), this.version,
				this.returnedReason, problems());
	}

	private SchemeModule module(long moduleId) {
		return this.modules.stream()
			.filter((m) -> Objects.equals(m.getId(), moduleId))
			.findFirst()
			.orElseThrow(() -> new SchemeNotFoundException(moduleId));
	}

	private void renumber() {
		for (int i = 0; i < this.modules.size(); i++) {
			this.modules.get(i).placeAt(i + 1);
		}
	}

	private void requireDraft() {
		if (this.status != null && !this.status.isEditable()) {
			throw new SchemeStateException("Scheme " + this.id + " is in review");
		}
	}

	private void moveTo(SchemeStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new SchemeStateException("Scheme " + this.id + " cannot move from " + this.status + " to " + target);
		}
		this.status = target;
	}

	private void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

}
