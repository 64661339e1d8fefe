package eu.dhso.skills.agents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.skills.maturity.OrganisationManagers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital change agents: an organisation's managers name people of their organisation
 * with the competences they champion; a named person appears on the public roster only
 * after accepting. Activities are logged by the agent or a manager and counted in the
 * observatory's indicators.
 */
@Service
@Transactional(readOnly = true)
public class ChangeAgentRoster {

	private final ChangeAgents agents;

	private final JdbcClient jdbc;

	private final People people;

	private final OrganisationDirectory organisations;

	private final CompetenceFramework framework;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	ChangeAgentRoster(ChangeAgents agents, JdbcClient jdbc, People people, OrganisationDirectory organisations,
			CompetenceFramework framework, Outbox outbox, AuditLog audit, Optional<Clock> clock) {
		this.agents = agents;
		this.jdbc = jdbc;
		this.people = people;
		this.organisations = organisations;
		this.framework = framework;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** The published framework's competence titles by code, in the reader's language. */
	public Map<String, String> competenceTitles() {
		Map<String, String> titles = new LinkedHashMap<>();
		this.framework.latestPublished(ContentLanguage.current())
			.ifPresent((view) -> view.areas()
				.forEach((area) -> area.competences().forEach((c) -> titles.put(c.code(), c.title()))));
		return titles;
	}

	@Transactional
	public Long nominate(ObservatoryUser user, Long organisationId, String username, List<String> competences) {
		OrganisationManagers.requireManager(user, organisationId);
		Person nominee = this.people.byUsername(username)
			.filter((p) -> p.enabled() && !p.erased() && organisationId.equals(p.organisationId()))
			.orElseThrow(() -> new NomineeException("skills.agents.error.nominee"));
		Set<String> known = competenceTitles().keySet();
		if (competences.isEmpty() || !known.containsAll(competences)) {
			throw new NomineeException("skills.agents.error.competences");
		}
		if (this.agents.existsByOrganisationIdAndAccountIdAndStatusIn(organisationId, nominee.id(),
				List.of(AgentStatus.PROPOSED, AgentStatus.ACTIVE))) {
			throw new NomineeException("skills.agents.error.already");
		}
		ChangeAgent agent = this.agents.save(new ChangeAgent(organisationId, nominee.id(),
				List.copyOf(new java.util.LinkedHashSet<>(competences)), user.getAccountId(), now()));
		String organisation = this.organisations.byId(organisationId).map(OrganisationSummary::name).orElse("");
		this.outbox.sendToAccount(nominee.id(), new Letter("skills.agentNomination",
				"skills.mail.agentNomination.subject", "skills.mail.agentNomination.body", organisation));
		this.audit.record(user.getUsername(), "maturity.agent.nominate", "ChangeAgent", agent.getId(), "SUCCESS", null);
		return agent.getId();
	}

	@Transactional
	public void accept(ObservatoryUser user, Long agentId) {
		ChangeAgent agent = own(user, agentId);
		agent.accept(now());
		this.audit.record(user.getUsername(), "maturity.agent.accept", "ChangeAgent", agentId, "SUCCESS", null);
	}

	@Transactional
	public void decline(ObservatoryUser user, Long agentId) {
		ChangeAgent agent = own(user, agentId);
		agent.decline(now());
		this.audit.record(user.getUsername(), "maturity.agent.decline", "ChangeAgent", agentId, "SUCCESS", null);
	}

	/** Ends a nomination or an agent's role: the agent themselves or a manager. */
	@Transactional
	public void end(ObservatoryUser user, Long agentId) {
		ChangeAgent agent = this.agents.findById(agentId).orElseThrow(AgentNotFoundException::new);
		requireAgentOrManager(user, agent);
		agent.end(now());
		this.audit.record(user.getUsername(), "maturity.agent.end", "ChangeAgent", agentId, "SUCCESS", null);
	}

	@Transactional
	public void logActivity(ObservatoryUser user, Long agentId, NewActivity activity) {
		ChangeAgent agent = this.agents.findById(agentId).orElseThrow(AgentNotFoundException::new);
		requireAgentOrManager(user, agent);
		if (!agent.isActive()) {
			throw new AgentStateException();
		}
		if (!competenceTitles().keySet().containsAll(activity.competences())) {
			throw new NomineeException("skills.agents.error.competences");
		}
		insertActivity(agentId, activity, user.getAccountId());
		this.audit.record(user.getUsername(), "maturity.agent.activity", "ChangeAgent", agentId, "SUCCESS", null);
	}

	void insertActivity(Long agentId, NewActivity activity, Long loggedBy) {
		this.jdbc.sql("""
				insert into skills.change_agent_activity
				    (agent_id, activity_date, kind, competences, people_reached, note, logged_by, logged_at)
				values (:agent, :date, :kind, :competences, :reached, :note, :by, :at)""")
			.param("agent", agentId)
			.param("date", activity.date())
			.param("kind", activity.kind().name())
			.param("competences", activity.competences().toArray(String[]::new))
			.param("reached", activity.peopleReached())
			.param("note", activity.note())
			.param("by", loggedBy)
			.param("at", java.sql.Timestamp.from(now()))
			.update();
	}

	/** The nominations of the person signed in, in any organisation. */
	public List<AgentView> mine(ObservatoryUser user) {
		return views(this.agents.findByAccountIdOrderByNamedAtDesc(user.getAccountId()));
	}

	/** Every nomination of an organisation, for its managers. */
	public List<AgentView> ofOrganisation(ObservatoryUser user, Long organisationId) {
		OrganisationManagers.requireManager(user, organisationId);
		return views(this.agents.findByOrganisationIdOrderByNamedAtDesc(organisationId));
	}

	/** An agent with their activities, for the agent and the organisation's managers. */
	public AgentDetail detail(ObservatoryUser user, Long agentId) {
		ChangeAgent agent = this.agents.findById(agentId).orElseThrow(AgentNotFoundException::new);
		requireAgentOrManager(user, agent);
		List<ActivityView> activities = this.jdbc.sql("""
				select activity_date, kind, competences, people_reached, note from skills.change_agent_activity
				where agent_id = :agent order by activity_date desc, id desc""")
			.param("agent", agentId)
			.query((rs, row) -> new ActivityView(rs.getObject("activity_date", LocalDate.class),
					ActivityKind.valueOf(rs.getString("kind")),
					List.of((String[]) rs.getArray("competences").getArray()), rs.getInt("people_reached"),
					rs.getString("note")))
			.list();
		return new AgentDetail(views(List.of(agent)).get(0), activities,
				OrganisationManagers.mayManage(user, agent.getOrganisationId()));
	}

	/**
	 * The public roster: active agents of an organisation who accepted, with their
	 * competences and what they did; nothing about anyone who did not accept.
	 */
	public List<AgentView> roster(Long organisationId) {
		return views(this.agents.findByOrganisationIdOrderByNamedAtDesc(organisationId)
			.stream()
			.filter(ChangeAgent::isActive)
			.toList()).stream().filter((v) -> v.displayName() != null).toList();
	}

	/** Organisations with at least one active agent, by name, with how many. */
	public List<RosterOrganisation> rosterOrganisations() {
		Map<Long, Long> counts = this.agents.findByStatusOrderByOrganisationIdAscNamedAtAsc(AgentStatus.ACTIVE)
			.stream()
			.collect(Collectors.groupingBy(ChangeAgent::getOrganisationId, Collectors.counting()));
		return this.organisations.all()
			.stream()
			.filter((o) -> counts.containsKey(o.id()))
			.map((o) -> new RosterOrganisation(o.id(), o.name(), counts.get(o.id())))
			.toList();
	}

	public Optional<OrganisationSummary> organisation(Long organisationId) {
		return this.organisations.byId(organisationId);
	}

	private List<AgentView> views(List<ChangeAgent> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Person> byId = this.people.byIds(found.stream().map(ChangeAgent::getAccountId).distinct().toList());
		Map<Long, long[]> totals = new LinkedHashMap<>();
		this.jdbc.sql("""
				select agent_id, count(*) as activities, coalesce(sum(people_reached), 0) as reached
				from skills.change_agent_activity where agent_id = any (:ids::bigint[]) group by agent_id""")
			.param("ids", found.stream().map(ChangeAgent::getId).toArray(Long[]::new))
			.query((rs, row) -> totals.put(rs.getLong("agent_id"),
					new long[] { rs.getLong("activities"), rs.getLong("reached") }))
			.list();
		List<AgentView> views = new ArrayList<>();
		for (ChangeAgent agent : found) {
			Person person = byId.get(agent.getAccountId());
			String name = (person != null && !person.erased()) ? person.displayName() : null;
			long[] total = totals.getOrDefault(agent.getId(), new long[2]);
			String organisation = this.organisations.byId(agent.getOrganisationId())
				.map(OrganisationSummary::name)
				.orElse("");
			views.add(new AgentView(agent.getId(), agent.getOrganisationId(), organisation, name,
					agent.getCompetences(), agent.getStatus(), agent.getNamedAt(), total[0], total[1]));
		}
		return views;
	}

	private ChangeAgent own(ObservatoryUser user, Long agentId) {
		ChangeAgent agent = this.agents.findById(agentId).orElseThrow(AgentNotFoundException::new);
		if (!agent.getAccountId().equals(user.getAccountId())) {
			throw new AccessDeniedException("Only the named person decides on a nomination");
		}
		return agent;
	}

	private void requireAgentOrManager(ObservatoryUser user, ChangeAgent agent) {
		if (!agent.getAccountId().equals(user.getAccountId())
				&& !OrganisationManagers.mayManage(user, agent.getOrganisationId())) {
			throw new AccessDeniedException("Neither the agent nor a manager of the organisation");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	public record NewActivity(LocalDate date, ActivityKind kind, List<String> competences, int peopleReached,
			String note) {

		public NewActivity {
			competences = List.copyOf(competences);
		}

	}

	public record AgentView(Long id, Long organisationId, String organisationName, String displayName,
			List<String> competences, AgentStatus status, Instant namedAt, long activities, long peopleReached) {

		public boolean proposed() {
			return this.status == AgentStatus.PROPOSED;
		}

		public boolean active() {
			return this.status == AgentStatus.ACTIVE;
		}

	}

	public record ActivityView(LocalDate date, ActivityKind kind, List<String> competences, int peopleReached,
			String note) {
	}

	public record AgentDetail(AgentView agent, List<ActivityView> activities, boolean manager) {
	}

	public record RosterOrganisation(Long id, String name, long agents) {
	}

}
