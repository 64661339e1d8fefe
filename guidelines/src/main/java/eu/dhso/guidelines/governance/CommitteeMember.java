package eu.dhso.guidelines.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person on a committee, by name: members need no account. */
@Entity
@Table(schema = "guidelines", name = "committee_member")
class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private CommitteeRole role;

	protected CommitteeMember() {
	}

	CommitteeMember(String name, String organisation, CommitteeRole role) {
		this.name = name;
		this.organisation = (organisation != null) ? organisation : "";
		this.role = role;
	}

	SteeringCommittee.Member view() {
		return new SteeringCommittee.Member(this.id, this.name, this.organisation, this.role);
	}

}
