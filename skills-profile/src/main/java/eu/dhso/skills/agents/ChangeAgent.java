package eu.dhso.skills.agents;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person an organisation names as a digital change agent, with their consent. */
@Entity
@Table(schema = "skills", name = "change_agent")
public class ChangeAgent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "account_id")
	private Long accountId;

	private String[] competences;

	@Enumerated(EnumType.STRING)
	private AgentStatus status;

	@Column(name = "named_by")
	private Long namedBy;

	@Column(name = "named_at")
	private Instant namedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected ChangeAgent() {
	}

	ChangeAgent(Long organisationId, Long accountId, List<String> competences, Long namedBy, Instant now) {
		if (competences.isEmpty()) {
			throw new IllegalArgumentException("A change agent champions at least one competence");
		}
		this.organisationId = organisationId;
		this.accountId = accountId;
		this.competences = competences.toArray(String[]::new);
		this.status = AgentStatus.PROPOSED;
		this.namedBy = namedBy;
		this.namedAt = now;
	}

	void accept(Instant now) {
		move(AgentStatus.ACTIVE, now);
	}

	void decline(Instant now) {
		move(AgentStatus.DECLINED, now);
	}

	void end(Instant now) {
		move(AgentStatus.ENDED, now);
	}

	private void move(AgentStatus next, Instant now) {
		if (!this.status.canBecome(next)) {
			throw new AgentStateException();
		}
		this.status = next;
		this.decidedAt = now;
	}

	public boolean isActive() {
		return this.status == AgentStatus.ACTIVE;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public List<String> getCompetences() {
		return List.of(this.competences);
	}

	public AgentStatus getStatus() {
		return this.status;
	}

	public Instant getNamedAt() {
		return this.namedAt;
	}

}
