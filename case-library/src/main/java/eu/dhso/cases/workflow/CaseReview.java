package eu.dhso.cases.workflow;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.dhso.cases.domain.CaseStatus;
import eu.dhso.cases.domain.Criteria;
import eu.dhso.cases.domain.Criterion;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.InterviewCases;
import eu.dhso.cases.domain.PracticeLabel;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do: review, request changes, approve, assess, publish and archive cases.
 */
@Service
@Transactional
public class CaseReview {

	static final EnumSet<CaseStatus> QUEUE = EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW,
			CaseStatus.APPROVED);

	private final InterviewCases cases;

	private final CaseAccess access;

	private final Criteria criteria;

	private final PublishedCases published;

	private final OrganisationDirectory organisations;

	private final CompetenceIndex competences;

	private final AuditLog auditLog;

	private final Taxonomy taxonomy;

	private final CaseAttachments attachments;

	private final DecisionLetters letters;

	private final Clock clock = Clock.systemUTC();

	CaseReview(InterviewCases cases, CaseAccess access, Criteria criteria, PublishedCases published,
			OrganisationDirectory organisations, CompetenceIndex competences, AuditLog auditLog, Taxonomy taxonomy,
			CaseAttachments attachments, DecisionLetters letters) {
		this.letters = letters;
		this.cases = cases;
		this.access = access;
		this.criteria = criteria;
		this.published = published;
		this.organisations = organisations;
		this.competences = competences;
		this.auditLog = auditLog;
		this.taxonomy = taxonomy;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public Page<InterviewCase> queue(Pageable pageable) {
		return this.cases.findByStatusInOrderByUpdatedAtAsc(QUEUE, pageable);
	}

	@Transactional(readOnly = true)
	public List<Criterion> criteria() {
		return this.criteria.findByActiveTrueOrderBySortOrder();
	}

	@Transactional(readOnly = true)
	public InterviewCase load(Long id, ObservatoryUser editor) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.getTransitions().size();
		found.getRevisions().forEach((r) -> r.getSnapshot().size());
		found.getTechnologies().size();
		found.getIndicators().size();
		found.getSkills().size();
		found.getTraining().size();
		found.getInterviewees().size();
		found.getScores().size();
		found.professionCodes().size();
		return found;
	}

	@Transactional(readOnly = true)
	public String organisationName(InterviewCase found) {
		return this.organisations.byId(found.getOrganisationId()).map(OrganisationSummary::name).orElse(null);
	}

	public void startReview(Long id, ObservatoryUser editor) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.startReview(editor.getUsername(), this.clock);
		audit(editor, "case.review", id, null);
	}

	public void requestChanges(Long id, ObservatoryUser editor, String comment) {
		requestChanges(id, editor, comment, Map.of());
	}

	public void requestChanges(Long id, ObservatoryUser editor, String comment, Map<String, String> commentsByField) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.requestChanges(editor.getUsername(), comment, commentsByField, this.clock);
		this.letters.changesRequested(found, comment);
		audit(editor, "case.requestChanges", id,
				(comment != null && !comment.isBlank()) ? comment : commentsByField.size() + " field comments");
	}

	/**
	 * Files the case under another organisation and country, unless it changed since the
	 * editor opened it.
	 */
	public void relocate(Long id, ObservatoryUser editor, long expectedVersion, Long organisationId,
			String countryCode) {
		InterviewCase found = this.access.forEditor(id, editor);
		if (found.getVersion() != expectedVersion) {
			throw new StaleCaseException(id, found.getVersion());
		}
		var organisation = this.organisations.byId(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
		if (countryCode == null || !this.taxonomy.isCountry(countryCode)) {
			throw new IllegalArgumentException("No country " + countryCode);
		}
		found.relocate(organisation.id(), countryCode, this.clock);
		audit(editor, "case.relocate", id, organisation.name() + ", " + countryCode);
	}

	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations() {
		return this.organisations.all();
	}

	@Transactional(readOnly = true)
	public List<Taxonomy.CountryTerm> countries() {
		return this.taxonomy.countries();
	}

	public void approve(Long id, ObservatoryUser editor) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.approve(editor.getUsername(), this.clock);
		this.letters.approved(found);
		audit(editor, "case.approve", id, null);
	}

	public Optional<PracticeLabel> assess(Long id, ObservatoryUser editor, List<CriterionScore> scores) {
		InterviewCase found = this.access.forEditor(id, editor);
		Optional<PracticeLabel> label = found.assess(criteria(), scores, this.clock);
		// audit details are plain words for the administrator reading the log, not codes
		audit(editor, "case.assess", id,
				label.map((l) -> l.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("no label"));
		return label;
	}

	/**
	 * Publishes the case; its public version replaces the one the library showed so far,
	 * with the attachments marked public now.
	 */
	public void publish(Long id, ObservatoryUser editor) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.publish(editor.getUsername(), this.clock);
		this.published.publish(found, organisationName(found), this.competences.byId(),
				criteria().stream().map(Criterion::getCode).toList(), this.clock.instant());
		this.attachments.publish(id);
		this.letters.published(found);
		audit(editor, "case.publish", id, null);
	}

	public void archive(Long id, ObservatoryUser editor, String reason) {
		InterviewCase found = this.access.forEditor(id, editor);
		found.archive(editor.getUsername(), reason, this.clock);
		this.published.remove(id);
		this.attachments.unpublish(id);
		this.letters.archived(found, reason);
		audit(editor, "case.archive", id, reason);
	}

	private void audit(ObservatoryUser editor, String action, Long id, String detail) {
		this.auditLog.record(editor.getUsername(), action, "InterviewCase", id, "SUCCESS", detail);
	}

}
