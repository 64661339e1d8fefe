package eu.dhso.cases.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An interview case of a digital-health implementation: the aggregate partners write and
 * editors review. Its status changes only through the workflow methods, each of which
 * records a step of the timeline; every submission freezes a revision.
 */
@Entity
@Table(schema = "cases", name = "interview_case")
public class InterviewCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "country_code")
	private String countryCode;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String title;

	private String summary;

	@Column(name = "care_setting")
	private String careSetting;

	@Embedded
	private ImplementationPeriod period;

	@Enumerated(EnumType.STRING)
	private ImplementationStage stage;

	@Embedded
	private Narrative narrative;

	@Embedded
	private Interview interview;

	@Column(name = "reference_links")
	private String referenceLinks;

	@Enumerated(EnumType.STRING)
	@Column(name = "practice_label")
	private PracticeLabel label;

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_technology", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "technology_code")
	@OrderBy
	private Set<String> technologies = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_profession", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "profession_code")
	@OrderBy
	private Set<String> professions = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_indicator", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Indicator> indicators = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_skill", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<SkillNeed> skills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_training", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<StaffTraining> training = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "case_interviewee", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Interviewee> interviewees = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "criterion_score", joinColumns = @JoinColumn(name = "case_id"))
	private Set<CriterionScore> scores = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "cases", name = "review_comment", joinColumns = @JoinColumn(name = "case_id"))
	private Set<FieldComment> fieldComments = new LinkedHashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("occurredAt, id")
	private List<CaseTransition> transitions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("number")
	private List<CaseRevision> revisions = new ArrayList<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected InterviewCase() {
	}

	/** A new draft of the given organisation, located in its country. */
	public InterviewCase(Long organisationId, String countryCode, String title, String author, Clock clock) {
		this.organisationId = organisationId;
		this.countryCode = countryCode;
		this.title = title;
		this.createdBy = author;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
		this.status = CaseStatus.DRAFT;
		this.transitions.add(new CaseTransition(null, CaseStatus.DRAFT, author, null, this.createdAt));
	}

	// Editing, step by step. Only drafts and cases sent back for changes can be edited.

	public void describeBasics(String title, String summary, String careSetting, ImplementationPeriod period,
			ImplementationStage stage, Collection<String> technologies, Collection<String> professions, Clock clock) {
		requireEditable();
		this.title = title;
		this.summary = summary;
		this.careSetting = careSetting;
		this.period = period;
		this.stage = stage;
		this.technologies = new LinkedHashSet<>(technologies);
		this.professions = new LinkedHashSet<>(professions);
		touch(clock);
	}

	/**
	 * The partner places the case in a country (a Cretan case of an Italian partner is
	 * Greek); editors can still move it with {@link #relocate}.
	 */
	public void placeIn(String countryCode, Clock clock) {
		requireEditable();
		this.countryCode = countryCode;
		touch(clock);
	}

	public void describeContext(String problem, String solution, Clock clock) {
		requireEditable();
		this.narrative = narrative().withContext(problem, solution);
		touch(clock);
	}

	public void describeOutcomes(String outcomes, String barriers, String enablers, String lessonsLearned,
			List<Indicator> indicators, Clock clock) {
		requireEditable();
		this.narrative = narrative().withOutcomes(outcomes, barriers, enablers, lessonsLearned);
		this.indicators = new ArrayList<>(indicators);
		touch(clock);
	}

	public void listSkills(List<SkillNeed> skills, Clock clock) {
		requireEditable();
		this.skills = new ArrayList<>(skills);
		touch(clock);
	}

	/** How staff were trained for the implementation, one entry per way of training. */
	public void describeTraining(List<StaffTraining> training, Clock clock) {
		requireEditable();
		this.training = new ArrayList<>(training);
		touch(clock);
	}

	public void recordInterview(Interview interview, List<Interviewee> interviewees, Clock clock) {
		requireEditable();
		this.interview = interview;
		this.interviewees = new ArrayList<>(interviewees);
		touch(clock);
	}

	public void citeReferences(String referenceLinks, Clock clock) {
		requireEditable();
		this.referenceLinks = referenceLinks;
		touch(clock);
	}

	/**
	 * An editor files the case under another organisation or country, e.g. when a partner
	 * entered it for a member hospital; not once it has left the workflow.
	 */
	public void relocate(Long organisationId, String countryCode, Clock clock) {
		if (this.status == CaseStatus.PUBLISHED || this.status == CaseStatus.ARCHIVED
				|| this.status == CaseStatus.WITHDRAWN) {
			throw new IllegalCaseTransitionException("A case in status " + this.status + " cannot be relocated");
		}
		this.organisationId = organisationId;
		this.countryCode = countryCode;
		touch(clock);
	}

	private void requireEditable() {
		if (!this.status.isEditableByPartner()) {
			throw new IllegalCaseTransitionException("A case in status " + this.status + " cannot be edited");
		}
	}

	private void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	// The workflow.

	/** What a case needs before it can go to review; message keys of what is missing. */
	public List<String> missingForSubmission() {
		List<String> missing = new ArrayList<>();
		if (isBlank(this.summary)) {
			missing.add("cases.field.summary");
		}
		if (this.technologies.isEmpty()) {
			missing.add("cases.field.technologies");
		}
		if (isBlank(narrative().problem()) || isBlank(narrative().solution())) {
			missing.add("cases.field.problem");
		}
		if (isBlank(narrative().outcomes())) {
			missing.add("cases.field.outcomes");
		}
		if (this.skills.isEmpty()) {
			missing.add("cases.field.skills");
		}
		if (interview().consentScope() == null || isBlank(interview().consentReference())) {
			missing.add("cases.field.consent");
		}
		return missing;
	}

	/** Sends the case to the editors, freezing its current fields as a new revision. */
	public void submit(String actor, Map<Long, String> competenceCodes, Clock clock) {
		if (!missingForSubmission().isEmpty()) {
			throw new IllegalCaseTransitionException("The case is incomplete: " + missingForSubmission());
		}
		moveTo(CaseStatus.SUBMITTED, actor, null, clock);
		this.revisions
			.add(new CaseRevision(this.revisions.size() + 1, actor, clock.instant(), snapshot(competenceCodes)));
	}

	public void startReview(String editor, Clock clock) {
		moveTo(CaseStatus.IN_REVIEW, editor, null, clock);
	}

	public void requestChanges(String editor, String comment, Clock clock) {
		requestChanges(editor, comment, Map.of(), clock);
	}

	/**
	 * Sends the case back with an overall comment, comments on single fields (keyed as
	 * the snapshot keys them), or both.
	 */
	public void requestChanges(String editor, String comment, Map<String, String> commentsByField, Clock clock) {
		Map<String, String> perField = new LinkedHashMap<>();
		commentsByField.forEach((field, note) -> {
			if (!isBlank(note)) {
				perField.put(field, note.strip());
			}
		});
		if (isBlank(comment) && perField.isEmpty()) {
			throw new IllegalArgumentException("Requesting changes needs a comment");
		}
		Set<String> known = snapshot(Map.of()).keySet();
		if (!known.containsAll(perField.keySet())) {
			throw new IllegalArgumentException("Unknown fields: " + perField.keySet());
		}
		moveTo(CaseStatus.CHANGES_REQUESTED, editor, isBlank(comment) ? null : comment, clock);
		int revision = this.revisions.size();
		this.fieldComments.removeIf((c) -> c.revision() == revision);
		perField.forEach((field, note) -> this.fieldComments.add(new FieldComment(revision, field, note)));
	}

	/**
	 * The editor's comments per field while the case waits for the partner's changes;
	 * empty in any other state.
	 */
	public Map<String, String> openFieldComments() {
		Map<String, String> open = new LinkedHashMap<>();
		if (this.status == CaseStatus.CHANGES_REQUESTED) {
			Map<String, String> byField = new LinkedHashMap<>();
			this.fieldComments.stream()
				.filter((c) -> c.revision() == this.revisions.size())
				.forEach((c) -> byField.put(c.field(), c.note()));
			// in the order of the form
			snapshot(Map.of()).keySet().forEach((field) -> {
				if (byField.containsKey(field)) {
					open.put(field, byField.get(field));
				}
			});
		}
		return open;
	}

	public void approve(String editor, Clock clock) {
		moveTo(CaseStatus.APPROVED, editor, null, clock);
	}

	/**
	 * Publishes an approved case; a case whose consent is internal only never goes
	 * public.
	 */
	public void publish(String editor, Clock clock) {
		if (interview().consentScope() == null || !interview().consentScope().allowsPublication()) {
			throw new IllegalCaseTransitionException("The consent does not allow publication");
		}
		moveTo(CaseStatus.PUBLISHED, editor, null, clock);
	}

	/**
	 * An editor retires a case that is, or was, in the public library, also while a new
	 * revision is being worked on; its public copy goes offline with it.
	 */
	public void archive(String editor, String reason, Clock clock) {
		if (!canBeArchived()) {
			throw new IllegalCaseTransitionException("Only a case that has been published can be archived");
		}
		moveTo(CaseStatus.ARCHIVED, editor, reason, clock);
	}

	/** Whether an editor may archive the case now. */
	public boolean canBeArchived() {
		return wasPublished() && this.status.canMoveTo(CaseStatus.ARCHIVED);
	}

	/**
	 * The partner takes the case back; it leaves the review queue for good, and a case
	 * under revision after publication leaves the public library too.
	 */
	public void withdraw(String actor, String reason, Clock clock) {
		moveTo(CaseStatus.WITHDRAWN, actor, reason, clock);
	}

	/**
	 * Opens a new working revision of a published case. The public library keeps the last
	 * published version until this one is published in turn.
	 */
	public void reviseAfterPublication(String actor, Clock clock) {
		moveTo(CaseStatus.DRAFT, actor, null, clock);
	}

	private void moveTo(CaseStatus target, String actor, String reason, Clock clock) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalCaseTransitionException(this.status, target);
		}
		this.transitions.add(new CaseTransition(this.status, target, actor, reason, clock.instant()));
		this.status = target;
		touch(clock);
	}

	/** Whether a version of this case is (or was) in the public library. */
	public boolean wasPublished() {
		return this.transitions.stream().anyMatch((t) -> t.getTo() == CaseStatus.PUBLISHED);
	}

	/** Records a complete assessment of the criteria set and the label it gives. */
	public Optional<PracticeLabel> assess(Collection<Criterion> criteria, Collection<CriterionScore> scores,
			Clock clock) {
		if (this.status != CaseStatus.IN_REVIEW && this.status != CaseStatus.APPROVED) {
			throw new IllegalCaseTransitionException("Only cases in review or approved can be assessed");
		}
		Optional<PracticeLabel> label = CriteriaAssessment.label(criteria, scores);
		this.scores = new LinkedHashSet<>(scores);
		this.label = label.orElse(null);
		touch(clock);
		return label;
	}

	/** The case's fields as text, keyed by their message key, for revisions and diffs. */
	public Map<String, String> snapshot(Map<Long, String> competenceCodes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("cases.field.title", this.title);
		fields.put("cases.field.summary", this.summary);
		fields.put("cases.field.careSetting", this.careSetting);
		fields.put("cases.field.periodStart", (period().start() != null) ? period().start().toString() : null);
		fields.put("cases.field.periodEnd", (period().end() != null) ? period().end().toString() : null);
		fields.put("cases.field.stage", (this.stage != null) ? this.stage.name() : null);
		fields.put("cases.field.technologies", String.join(", ", this.technologies));
		fields.put("cases.field.professions", String.join(", ", this.professions));
		fields.put("cases.field.problem", narrative().problem());
		fields.put("cases.field.solution", narrative().solution());
		fields.put("cases.field.outcomes", narrative().outcomes());
		fields.put("cases.field.indicators", lines(this.indicators.stream().map(Indicator::toString).toList()));
		fields.put("cases.field.barriers", narrative().barriers());
		fields.put("cases.field.enablers", narrative().enablers());
		fields.put("cases.field.lessonsLearned", narrative().lessonsLearned());
		fields.put("cases.field.skills",
				lines(this.skills.stream()
					.map((s) -> competenceCodes.getOrDefault(s.competenceId(), "#" + s.competenceId()) + " ("
							+ s.importance() + ")" + ((s.note() != null) ? ": " + s.note() : ""))
					.toList()));
		fields.put("cases.field.training",
				lines(this.training.stream()
					.map((t) -> t + (t.competences().isEmpty() ? ""
							: ": " + t.competences()
								.stream()
								.map((id) -> competenceCodes.getOrDefault(id, "#" + id))
								.collect(Collectors.joining(" "))))
					.toList()));
		fields.put("cases.field.interviewees",
				lines(this.interviewees.stream()
					.map((i) -> i.role() + ((i.name() != null) ? ": " + i.name() : ""))
					.toList()));
		fields.put("cases.field.interviewDate", (interview().date() != null) ? interview().date().toString() : null);
		fields.put("cases.field.interviewer", interview().interviewer());
		fields.put("cases.field.consentReference", interview().consentReference());
		fields.put("cases.field.consentScope",
				(interview().consentScope() != null) ? interview().consentScope().name() : null);
		fields.put("cases.field.referenceLinks", this.referenceLinks);
		return fields;
	}

	private static String lines(List<String> values) {
		return values.stream().collect(Collectors.joining("\n"));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getCareSetting() {
		return this.careSetting;
	}

	public ImplementationPeriod period() {
		return (this.period != null) ? this.period : new ImplementationPeriod(null, null);
	}

	public ImplementationStage getStage() {
		return this.stage;
	}

	public Narrative narrative() {
		return (this.narrative != null) ? this.narrative : Narrative.EMPTY;
	}

	public Interview interview() {
		return (this.interview != null) ? this.interview : Interview.EMPTY;
	}

	public String getReferenceLinks() {
		return this.referenceLinks;
	}

	public Optional<PracticeLabel> label() {
		return Optional.ofNullable(this.label);
	}

	public Set<String> getTechnologies() {
		return Set.copyOf(this.technologies);
	}

	public List<String> technologyCodes() {
		return this.technologies.stream().sorted().toList();
	}

	public List<String> professionCodes() {
		return this.professions.stream().sorted().toList();
	}

	public List<Indicator> getIndicators() {
		return List.copyOf(this.indicators);
	}

	public List<SkillNeed> getSkills() {
		return List.copyOf(this.skills);
	}

	public List<StaffTraining> getTraining() {
		return List.copyOf(this.training);
	}

	public List<Interviewee> getInterviewees() {
		return List.copyOf(this.interviewees);
	}

	public List<CriterionScore> getScores() {
		return List.copyOf(this.scores);
	}

	public List<CaseTransition> getTransitions() {
		return List.copyOf(this.transitions);
	}

	public List<CaseRevision> getRevisions() {
		return List.copyOf(this.revisions);
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
