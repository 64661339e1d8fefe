package eu.dhso.lab.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.core.upload.FileTypes;
import eu.dhso.lab.resource.ResourceDetails;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.resource.UploadedFile;
import eu.dhso.lab.scheme.CompetenceTitles;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-based learning plans between a professional and a mentor: proposing, agreeing,
 * logging evidence, signing off. Only the two parties see a plan (administrators read it
 * too); anyone else gets 404. Every rule of who may do what lives in
 * {@link WorkBasedPlan}; this class finds the plan, checks files and references, and
 * records, audits and writes the e-mail.
 */
@Component
@Transactional
public class Mentoring {

	/** The largest evidence file accepted. */
	public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

	/** Files per activity. */
	public static final int MAX_FILES = 10;

	public static final int PAGE_SIZE = 20;

	/** Evidence types accepted, as detected from the bytes. */
	public static final Set<String> ACCEPTED_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG,
			FileTypes.DOCX, FileTypes.ODT, FileTypes.PPTX, FileTypes.ODP);

	private final WorkBasedPlans plans;

	private final People people;

	private final CompetenceTitles competences;

	private final ResourceLibrary resources;

	private final MentoringLetters letters;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Mentoring(WorkBasedPlans plans, People people, CompetenceTitles competences, ResourceLibrary resources,
			MentoringLetters letters, AuditLog audit, JdbcClient jdbc, Optional<Clock> clock) {
		this.plans = plans;
		this.people = people;
		this.competences = competences;
		this.resources = resources;
		this.letters = letters;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	// ---------------------------------------------------------------- reading

	/** The mentors a professional may ask, by name. */
	@Transactional(readOnly = true)
	public List<Person> mentors() {
		return this.people.enabledWithRole(Role.MENTOR).stream().filter((p) -> !p.erased()).toList();
	}

	/** The person's plans (every plan for an administrator), open ones first. */
	@Transactional(readOnly = true)
	public Page<PlanSummary> plans(ObservatoryUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 1_000_000)), PAGE_SIZE);
		Page<WorkBasedPlan> found = user.hasRole(Role.ADMIN) ? this.plans.everyPlan(request)
				: this.plans.ofParty(user.getAccountId(), request);
		Set<Long> ids = new HashSet<>();
		found.forEach((p) -> {
			ids.add(p.getProfessionalId());
			ids.add(p.getMentorId());
		});
		Map<Long, Person> names = this.people.byIds(ids);
		return found.map((p) -> new PlanSummary(p.getId(), p.getTitle(), p.getStatus(),
				name(names, p.getProfessionalId()), name(names, p.getMentorId()), p.isMentor(user.getAccountId()),
				p.getStatus() == WorkBasedPlanStatus.PROPOSED && p.awaitedParty() == user.getAccountId(),
				p.getActivities().size(), p.signedOffCount(), day(p.getProposedAt())));
	}

	/** A plan for one of its parties or an administrator; 404 for anyone else. */
	@Transactional(readOnly = true)
	public PlanDetails plan(ObservatoryUser user, long id) {
		WorkBasedPlan plan = readable(user, id);
		Map<Long, Person> names = this.people.byIds(List.of(plan.getProfessionalId(), plan.getMentorId()));
		long me = user.getAccountId();
		List<ActivityDetails> activities = plan.getActivities().stream().map(this::details).toList();
		return new PlanDetails(plan.getId(), plan.getVersion(), plan.getTitle(), plan.getGoal(), plan.getStatus(),
				name(names, plan.getProfessionalId()), name(names, plan.getMentorId()),
				name(names, plan.getProposedBy()), plan.isProfessional(me), plan.isMentor(me),
				plan.getStatus() == WorkBasedPlanStatus.PROPOSED && plan.awaitedParty() == me,
				plan.getStatus() == WorkBasedPlanStatus.PROPOSED && plan.isParty(me), day(plan.getProposedAt()),
				day(plan.getAgreedAt()), day(plan.getCompletedAt()), day(plan.getCancelledAt()),
				(plan.getCancelledBy() != null) ? name(names, plan.getCancelledBy()) : null, plan.getCancelReason(),
				activities);
	}

	private ActivityDetails details(PlanActivity a) {
		List<Choice> material = a.getResourceIds()
			.stream()
			.map(this.resources::find)
			.flatMap(Optional::stream)
			.filter(ResourceDetails::published)
			.map((r) -> new Choice(String.valueOf(r.id()), r.title()))
			.toList();
		List<Choice> codes = a.getCompetences().stream().map((c) -> new Choice(c, this.competences.label(c))).toList();
		List<EvidenceDetails> evidence = a.getEvidence()
			.stream()
			.map((e) -> new EvidenceDetails(e.getId(), e.getNote(), e.getFileName(), e.getFileSize(),
					day(e.getLoggedAt())))
			.toList();
		return new ActivityDetails(a.getId(), a.getTitle(), a.getDescription(), codes, a.getTargetLevel(), material,
				a.getDueOn(), a.getStatus(), day(a.getSignedOffAt()), a.getReturnReason(), evidence);
	}

	/** An evidence file, for the plan's parties and administrators only. */
	@Transactional(readOnly = true)
	public EvidenceDownload evidenceFile(ObservatoryUser user, long planId, long evidenceId) {
		WorkBasedPlan plan = readable(user, planId);
		ActivityEvidence evidence = plan.getActivities()
			.stream()
			.flatMap((a) -> a.getEvidence().stream())
			.filter((e) -> e.getId() == evidenceId && e.hasFile())
			.findFirst()
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(planId));
		byte[] content = this.jdbc.sql("select content from lab.mentoring_evidence_file where evidence_id = :id")
			.param("id", evidenceId)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(planId));
		return new EvidenceDownload(evidence.getFileName(), evidence.getFileType(), content);
	}

	// ---------------------------------------------------------------- changes

	/**
	 * A professional proposes a plan to a mentor, or a mentor to a professional; the
	 * counterpart is an enabled account of the other role, or nothing is proposed.
	 */
	public Optional<Long> propose(ObservatoryUser user, String title, String goal, String counterpartUsername) {
		boolean asMentor = user.hasRole(Role.MENTOR);
		if (!asMentor && !user.hasRole(Role.PROFESSIONAL)) {
			throw new MentoringRejectedException("lab.mentoring.error.role");
		}
		Role other = asMentor ? Role.PROFESSIONAL : Role.MENTOR;
		Optional<Person> counterpart = this.people.byUsername(counterpartUsername)
			.filter((p) -> p.enabled() && !p.erased() && p.hasRole(other) && !p.id().equals(user.getAccountId()));
		if (counterpart.isEmpty()) {
			return Optional.empty();
		}
		long me = user.getAccountId();
		long partner = counterpart.get().id();
		WorkBasedPlan plan = this.plans
			.save(WorkBasedPlan.propose(title, goal, asMentor ? partner : me, asMentor ? me : partner, me, now()));
		this.plans.flush();
		this.letters.proposed(plan, user.getDisplayName());
		this.audit.record(user.getUsername(), "lab.mentoring.propose", "WorkBasedPlan", plan.getId(), "SUCCESS", null);
		return Optional.of(plan.getId());
	}

	public void addActivity(ObservatoryUser user, long planId, long version, ActivityFields fields) {
		WorkBasedPlan plan = party(user, planId, version);
		if (fields.competences().stream().anyMatch((c) -> !this.competences.exists(c))) {
			throw new MentoringRejectedException("lab.mentoring.error.competence");
		}
		if (fields.resourceIds()
			.stream()
			.anyMatch((r) -> this.resources.find(r).filter(ResourceDetails::published).isEmpty())) {
			throw new MentoringRejectedException("lab.mentoring.error.resource");
		}
		if (fields.dueOn() != null && fields.dueOn().isBefore(today())) {
			throw new MentoringRejectedException("lab.mentoring.error.due");
		}
		plan.addActivity(user.getAccountId(), fields, now());
		this.plans.flush();
	}

	public void removeActivity(ObservatoryUser user, long planId, long version, long activityId) {
		party(user, planId, version).removeActivity(user.getAccountId(), activityId, now());
		this.plans.flush();
	}

	/**
	 * The awaited party agrees to the plan as shown to them: the version they saw must
	 * still be the plan's, so a change made meanwhile is never agreed unseen.
	 */
	public void agree(ObservatoryUser user, long planId, long version) {
		WorkBasedPlan plan = party(user, planId, version);
		plan.agree(user.getAccountId(), now());
		this.plans.flush();
		this.letters.agreed(plan, user.getDisplayName());
		this.audit.record(user.getUsername(), "lab.mentoring.agree", "WorkBasedPlan", planId, "SUCCESS", null);
	}

	public void cancel(ObservatoryUser user, long planId, String reason) {
		WorkBasedPlan plan = party(user, planId, null);
		plan.cancel(user.getAccountId(), reason, now());
		this.plans.flush();
		this.audit.record(user.getUsername(), "lab.mentoring.cancel", "WorkBasedPlan", planId, "SUCCESS", null);
	}

	/**
	 * The professional logs a note, a file or both; the file is checked from its bytes.
	 */
	public void logEvidence(ObservatoryUser user, long planId, long activityId, String note, UploadedFile file) {
		WorkBasedPlan plan = party(user, planId, null);
		EvidenceFile checked = null;
		if (file != null && file.present()) {
			if (plan.isProfessional(user.getAccountId()) && plan.activity(activityId)
				.getEvidence()
				.stream()
				.filter(ActivityEvidence::hasFile)
				.count() >= MAX_FILES) {
				throw new MentoringRejectedException("lab.mentoring.error.tooManyFiles");
			}
			checked = check(file);
		}
		ActivityEvidence evidence = plan.logEvidence(user.getAccountId(), activityId, note, checked, now());
		this.plans.flush();
		if (checked != null) {
			this.jdbc.sql("insert into lab.mentoring_evidence_file (evidence_id, content) values (:id, :content)")
				.param("id", evidence.getId())
				.param("content", file.content())
				.update();
		}
		this.audit.record(user.getUsername(), "lab.mentoring.evidence", "WorkBasedPlan", planId, "SUCCESS",
				"activity=" + activityId);
	}

	/**
	 * @return whether the plan is completed by this sign-off
	 */
	public boolean signOff(ObservatoryUser user, long planId, long activityId) {
		WorkBasedPlan plan = party(user, planId, null);
		boolean completed = plan.signOff(user.getAccountId(), activityId, now());
		this.plans.flush();
		this.letters.signedOff(plan, plan.activity(activityId), user.getDisplayName(), completed);
		this.audit.record(user.getUsername(), "lab.mentoring.signOff", "WorkBasedPlan", planId, "SUCCESS",
				"activity=" + activityId + (completed ? ", completed" : ""));
		return completed;
	}

	public void returnActivity(ObservatoryUser user, long planId, long activityId, String reason) {
		WorkBasedPlan plan = party(user, planId, null);
		plan.returnActivity(user.getAccountId(), activityId, reason, now());
		this.plans.flush();
		this.letters.returned(plan, plan.activity(activityId), user.getDisplayName());
		this.audit.record(user.getUsername(), "lab.mentoring.return", "WorkBasedPlan", planId, "SUCCESS",
				"activity=" + activityId);
	}

	// ---------------------------------------------------------------- rules

	private WorkBasedPlan readable(ObservatoryUser user, long id) {
		return this.plans.findById(id)
			.filter((p) -> p.isParty(user.getAccountId()) || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(id));
	}

	/** A plan the user is party to (404 otherwise), at the version they saw if given. */
	private WorkBasedPlan party(ObservatoryUser user, long id, Long version) {
		WorkBasedPlan plan = this.plans.findById(id)
			.filter((p) -> p.isParty(user.getAccountId()))
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(id));
		if (version != null && version != plan.getVersion()) {
			throw new OptimisticLockingFailureException("Plan " + id + " changed since it was shown");
		}
		return plan;
	}

	private static EvidenceFile check(UploadedFile file) {
		if (file.content().length > MAX_FILE_SIZE) {
			throw new MentoringRejectedException("lab.mentoring.error.tooLarge");
		}
		String type = FileTypes.detect(file.content())
			.filter(ACCEPTED_TYPES::contains)
			.orElseThrow(() -> new MentoringRejectedException("lab.mentoring.error.fileType"));
		if (!FileTypes.nameFits(file.name(), type)) {
			throw new MentoringRejectedException("lab.mentoring.error.nameMismatch");
		}
		String name = FileTypes.withMatchingExtension(FileTypes.safeFileName(file.name(), "evidence"), type);
		return new EvidenceFile(name, type, file.content().length);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private static LocalDate day(Instant instant) {
		return (instant != null) ? instant.atZone(ZoneOffset.UTC).toLocalDate() : null;
	}

	private static String name(Map<Long, Person> names, long id) {
		Person person = names.get(id);
		return (person != null) ? person.displayName() : "";
	}

	// ---------------------------------------------------------------- read models

	/** A plan in a list. */
	public record PlanSummary(long id, String title, WorkBasedPlanStatus status, String professional, String mentor,
			boolean asMentor, boolean awaitingMe, int activities, long signedOff, LocalDate proposedOn) {
	}

	/** A plan as its parties see it. */
	public record PlanDetails(long id, long version, String title, String goal, WorkBasedPlanStatus status,
			String professional, String mentor, String proposedBy, boolean asProfessional, boolean asMentor,
			boolean awaitingMe, boolean editable, LocalDate proposedOn, LocalDate agreedOn, LocalDate completedOn,
			LocalDate cancelledOn, String cancelledBy, String cancelReason, List<ActivityDetails> activities) {

		public long signedOff() {
			return this.activities.stream().filter((a) -> a.status() == ActivityStatus.SIGNED_OFF).count();
		}

	}

	public record ActivityDetails(long id, String title, String description, List<Choice> competences, int targetLevel,
			List<Choice> material, LocalDate dueOn, ActivityStatus status, LocalDate signedOffOn, String returnReason,
			List<EvidenceDetails> evidence) {

		public boolean awaitsMentor() {
			return this.status == ActivityStatus.SUBMITTED;
		}

		public boolean takesEvidence() {
			return this.status != ActivityStatus.SIGNED_OFF;
		}

	}

	public record EvidenceDetails(long id, String note, String fileName, Long fileSize, LocalDate loggedOn) {
	}

	/** A value and its label, for pickers and lists. */
	public record Choice(String value, String label) {
	}

	public record EvidenceDownload(String fileName, String fileType, byte[] content) {
	}

}
