package eu.dhso.lab.scheme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What trainers do with the working copy of their organisation's schemes: load it only if
 * they may edit it (404 otherwise), change it through the aggregate, record who did.
 */
@Component
@Transactional
public class SchemeDrafts {

	private final TrainingSchemes schemes;

	private final CompetenceTitles competences;

	private final AuditLog audit;

	private final Clock clock;

	SchemeDrafts(TrainingSchemes schemes, CompetenceTitles competences, AuditLog audit, Optional<Clock> clock) {
		this.schemes = schemes;
		this.competences = competences;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public long create(ObservatoryUser trainer, SchemeFields fields) {
		requireFreeTitle(trainer.getOrganisationId(), fields.title(), null);
		TrainingScheme scheme = this.schemes
			.save(new TrainingScheme(trainer.getOrganisationId(), trainer.getAccountId(), fields, this.clock));
		this.audit.record(trainer.getUsername(), "lab.scheme.create", "Scheme", scheme.getId(), "SUCCESS", null);
		return scheme.getId();
	}

	/**
	 * One title per organisation's schemes (a unique index says so too), so two pilots
	 * never pick between lookalikes and overlapping demo loads cannot duplicate one.
	 */
	private void requireFreeTitle(Long organisationId, String title, Long exceptId) {
		if (this.schemes.titleTaken(organisationId, title, exceptId)) {
			throw new SchemeTitleTakenException(title);
		}
	}

	/** Whether this person may edit the working copy: a trainer of its organisation. */
	public static boolean mayEdit(ObservatoryUser user, TrainingScheme scheme) {
		if (user == null || !user.hasRole(Role.TRAINER)) {
			return false;
		}
		return user.getAccountId().equals(scheme.getCreatedBy())
				|| (scheme.getOrganisationId() != null && scheme.getOrganisationId().equals(user.getOrganisationId()));
	}

	/** The working copy for someone who may edit it; anyone else gets a 404. */
	@Transactional(readOnly = true)
	public SchemeDraft editable(ObservatoryUser user, long id) {
		return load(user, id).toDraft();
	}

	@Transactional(readOnly = true)
	public Optional<SchemeDraft> draft(long id) {
		return this.schemes.findById(id).map(TrainingScheme::toDraft);
	}

	@Transactional(readOnly = true)
	public List<SchemeDraft.Summary> editableBy(ObservatoryUser user) {
		return this.schemes.editableBy(user.getAccountId(), user.getOrganisationId())
			.stream()
			.map((scheme) -> scheme.toDraft().summary())
			.toList();
	}

	/**
	 * Saves what the trainer changed about the scheme itself, unless someone saved it
	 * since they read version {@code expectedVersion}.
	 */
	public void describe(ObservatoryUser user, long id, long expectedVersion, SchemeFields fields) {
		edit(user, id, expectedVersion, (scheme) -> {
			requireFreeTitle(scheme.getOrganisationId(), fields.title(), id);
			scheme.describe(fields, this.clock);
		});
	}

	public long addModule(ObservatoryUser user, long id, String title, String summary, List<String> technologies) {
		TrainingScheme scheme = load(user, id);
		scheme.addModule(title, summary, technologies, this.clock);
		this.schemes.flush();
		return scheme.lastModuleId();
	}

	public void describeModule(ObservatoryUser user, long id, long moduleId, String title, String summary,
			List<String> technologies) {
		load(user, id).describeModule(moduleId, title, summary, technologies, this.clock);
	}

	public void removeModule(ObservatoryUser user, long id, long moduleId) {
		load(user, id).removeModule(moduleId, this.clock);
	}

	public void moveModule(ObservatoryUser user, long id, long moduleId, int direction) {
		load(user, id).moveModule(moduleId, direction, this.clock);
	}

	public void addOutcome(ObservatoryUser user, long id, long moduleId, String competenceCode, int targetLevel,
			String description) {
		TrainingScheme scheme = load(user, id);
		if (!this.competences.exists(competenceCode)) {
			throw new IllegalArgumentException("Unknown competence " + competenceCode);
		}
		scheme.addOutcome(moduleId, competenceCode, targetLevel, description, this.clock);
	}

	public void removeOutcome(ObservatoryUser user, long id, long moduleId, long outcomeId) {
		load(user, id).removeOutcome(moduleId, outcomeId, this.clock);
	}

	public void addActivity(ObservatoryUser user, long id, long moduleId, String title, ActivityType type,
			Delivery delivery, int minutes, Long caseId) {
		load(user, id).addActivity(moduleId, title, type, delivery, minutes, caseId, this.clock);
	}

	public void removeActivity(ObservatoryUser user, long id, long moduleId, long activityId) {
		load(user, id).removeActivity(moduleId, activityId, this.clock);
	}

	/**
	 * Sends the working copy to the editors; false, changing nothing, while it has
	 * problems.
	 */
	public boolean submit(ObservatoryUser user, long id) {
		TrainingScheme scheme = load(user, id);
		if (!scheme.problems().isEmpty()) {
			return false;
		}
		scheme.submit(this.clock);
		this.audit.record(user.getUsername(), "lab.scheme.submit", "Scheme", id, "SUCCESS", null);
		return true;
	}

	/** Its trainers take it back from review to change it; a draft stays a draft. */
	public void takeBack(ObservatoryUser user, long id) {
		TrainingScheme scheme = load(user, id);
		if (scheme.getStatus() == SchemeStatus.IN_REVIEW) {
			scheme.takeBack(this.clock);
			this.audit.record(user.getUsername(), "lab.scheme.return", "Scheme", id, "SUCCESS", null);
		}
	}

	private void edit(ObservatoryUser user, long id, long expectedVersion, Consumer<TrainingScheme> change) {
		TrainingScheme scheme = load(user, id);
		if (scheme.getVersion() != expectedVersion) {
			throw new StaleSchemeException(id, scheme.getVersion());
		}
		change.accept(scheme);
	}

	private TrainingScheme load(ObservatoryUser user, long id) {
		TrainingScheme scheme = this.schemes.findById(id).orElseThrow(() -> new SchemeNotFoundException(id));
		if (!mayEdit(user, scheme)) {
			throw new SchemeNotFoundException(id);
		}
		return scheme;
	}

}
