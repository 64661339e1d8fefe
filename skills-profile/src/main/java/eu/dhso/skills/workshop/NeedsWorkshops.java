package eu.dhso.skills.workshop;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.WorkshopNeeds;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and publishing needs workshops. A partner records workshops for their own
 * organisation, an administrator for any; a draft is seen only by them.
 */
@Service
@Transactional(readOnly = true)
public class NeedsWorkshops implements WorkshopNeeds {

	public static final int PAGE_SIZE = 10;

	private final Workshops workshops;

	private final OrganisationDirectory organisations;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	NeedsWorkshops(Workshops workshops, OrganisationDirectory organisations, CompetenceFramework framework,
			Taxonomy taxonomy, AuditLog audit) {
		this.workshops = workshops;
		this.organisations = organisations;
		this.framework = framework;
		this.taxonomy = taxonomy;
		this.audit = audit;
	}

	/** Published workshops, newest first; null filters mean all. */
	public Page<WorkshopView> published(String country, String profession, int page) {
		return this.workshops.findPublished(country, profession, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(this::view);
	}

	/** The organisation's drafts, for its partners. */
	public List<WorkshopView> drafts(ObservatoryUser user) {
		if (user == null || user.getOrganisationId() == null) {
			return List.of();
		}
		return this.workshops
			.findByOrganisationIdAndStatusOrderByUpdatedAtDesc(user.getOrganisationId(), WorkshopStatus.DRAFT)
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * The workshop if the user may see it: published, or a draft of their own
	 * organisation.
	 */
	public Optional<WorkshopView> find(long id, ObservatoryUser user) {
		return this.workshops.findById(id).filter((w) -> mayRead(w, user)).map(this::view);
	}

	/** Whether the user may record workshops at all. */
	public static boolean mayRecord(ObservatoryUser user) {
		return user != null
				&& (user.hasRole(Role.ADMIN) || (user.hasRole(Role.PARTNER) && user.getOrganisationId() != null));
	}

	public static boolean mayEdit(WorkshopView workshop, ObservatoryUser user) {
		return !workshop.published() && mayRecord(user)
				&& (user.hasRole(Role.ADMIN) || workshop.organisationId().equals(user.getOrganisationId()));
	}

	private static boolean mayRead(Workshop workshop, ObservatoryUser user) {
		return workshop.getStatus() == WorkshopStatus.PUBLISHED || (mayRecord(user)
				&& (user.hasRole(Role.ADMIN) || workshop.getOrganisationId().equals(user.getOrganisationId())));
	}

	/**
	 * Records a new draft for the user's organisation (an administrator names one).
	 * @throws InvalidWorkshopException when a profession, country, care setting or
	 * competence is unknown
	 */
	@Transactional
	public long record(Long organisationId, WorkshopDetails details, Map<String, Integer> participants,
			List<Finding> findings, ObservatoryUser user) {
		if (!mayRecord(user)) {
			throw new WorkshopAccessException();
		}
		Long organisation = user.hasRole(Role.ADMIN) ? organisationId : user.getOrganisationId();
		if (organisation == null || this.organisations.byId(organisation).isEmpty()) {
			throw new InvalidWorkshopException("organisation");
		}
		return recordFor(organisation, details, participants, findings, user.getUsername());
	}

	/**
	 * Records a draft for an organisation on behalf of the actor named, without a
	 * signed-in user (demo content).
	 */
	@Transactional
	public long recordFor(long organisation, WorkshopDetails details, Map<String, Integer> participants,
			List<Finding> findings, String actor) {
		check(details, participants, findings);
		Workshop workshop = new Workshop(organisation, actor, this.clock.instant());
		workshop.revise(details, participants, findings, this.clock.instant());
		long id = this.workshops.save(workshop).getId();
		this.audit.record(actor, "WORKSHOP_CREATE", "workshop", id, "SUCCESS", details.title());
		return id;
	}

	/** Publishes a draft on behalf of the actor named (demo content). */
	@Transactional
	public void publishAs(long id, String actor) {
		this.workshops.findById(id).orElseThrow(WorkshopAccessException::new).publish(this.clock.instant());
		this.audit.record(actor, "WORKSHOP_PUBLISH", "workshop", id, "SUCCESS", null);
	}

	public boolean exists(String title) {
		return this.workshops.existsByTitle(title);
	}

	/**
	 * Rewrites a draft as the user saw it at {@code expectedVersion}.
	 * @throws ObjectOptimisticLockingFailureException when someone saved it since
	 */
	@Transactional
	public void revise(long id, WorkshopDetails details, Map<String, Integer> participants, List<Finding> findings,
			long expectedVersion, ObservatoryUser user) {
		Workshop workshop = editable(id, user);
		if (workshop.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Workshop.class, id);
		}
		check(details, participants, findings);
		workshop.revise(details, participants, findings, this.clock.instant());
		this.audit.record(user.getUsername(), "WORKSHOP_REVISE", "workshop", id, "SUCCESS", null);
	}

	@Transactional
	public void publish(long id, ObservatoryUser user) {
		Workshop workshop = editable(id, user);
		workshop.publish(this.clock.instant());
		this.audit.record(user.getUsername(), "WORKSHOP_PUBLISH", "workshop", id, "SUCCESS", null);
	}

	private Workshop editable(long id, ObservatoryUser user) {
		Workshop workshop = this.workshops.findById(id).orElseThrow(WorkshopAccessException::new);
		if (!mayEdit(view(workshop), user)) {
			throw new WorkshopAccessException();
		}
		return workshop;
	}

	private void check(WorkshopDetails details, Map<String, Integer> participants, List<Finding> findings) {
		if (!this.taxonomy.isCountry(details.countryCode())) {
			throw new InvalidWorkshopException("countryCode");
		}
		if (details.careSetting() != null && !this.taxonomy.isCareSetting(details.careSetting())) {
			throw new InvalidWorkshopException("careSetting");
		}
		if (!participants.keySet().stream().allMatch(this.taxonomy::isProfession)) {
			throw new InvalidWorkshopException("participants");
		}
		Set<String> known = competenceCodes();
		if (!findings.stream().flatMap((f) -> f.competences().stream()).allMatch(known::contains)) {
			throw new InvalidWorkshopException("findings");
		}
	}

	/** Codes of the latest published framework, to which findings point. */
	public Set<String> competenceCodes() {
		return this.framework.latestPublished()
			.map((v) -> v.areas()
				.stream()
				.flatMap((a) -> a.competences().stream())
				.map((c) -> c.code())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	/**
	 * Declared here so it runs in this class's read-only transaction: the interface's
	 * default would call {@link #published()} on the target, outside any transaction, and
	 * a workshop's participants would then load after their session closed (a role
	 * profile's 409 page failed so).
	 */
	@Override
	public List<WorkshopNeed> forProfession(String profession) {
		return published().stream().filter((n) -> n.professions().contains(profession)).toList();
	}

	@Override
	public List<WorkshopNeed> published() {
		Map<Long, String> names = new HashMap<>();
		return this.workshops.findByStatusOrderByHeldOnDescIdDesc(WorkshopStatus.PUBLISHED)
			.stream()
			.map((w) -> w.toView(names.computeIfAbsent(w.getOrganisationId(), this::organisationName)))
			.flatMap((w) -> w.findings()
				.stream()
				.map((f) -> new WorkshopNeed(w.id(), w.details().title(), w.organisationName(),
						w.details().countryCode(), w.details().careSetting(), w.details().heldOn(),
						w.participants().keySet(), f.need(), f.priority().name(), f.competences())))
			.toList();
	}

	/** Organisations a workshop may be recorded for, by id, for administrators. */
	public Map<Long, String> organisations() {
		Map<Long, String> all = new LinkedHashMap<>();
		this.organisations.all().forEach((o) -> all.put(o.id(), o.name()));
		return all;
	}

	/** The country of the user's organisation, to start a new record with. */
	public String homeCountry(ObservatoryUser user) {
		return this.organisations.byId(user.getOrganisationId()).map(OrganisationSummary::countryCode).orElse(null);
	}

	private WorkshopView view(Workshop workshop) {
		return workshop.toView(organisationName(workshop.getOrganisationId()));
	}

	private String organisationName(Long id) {
		return this.organisations.byId(id).map(OrganisationSummary::name).orElse("");
	}

}
