package eu.dhso.guidelines.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Digital Health Education Steering Committee of a country or region (ProMIS
 * governance): its members, meetings and decisions. What the public sees is decided here:
 * members' names and roles, published decisions, and minutes only once published.
 */
@Entity
@Table(schema = "guidelines", name = "steering_committee")
public class SteeringCommittee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "country_code")
	private String countryCode;

	private String region;

	private String name;

	private String mandate;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private List<CommitteeMember> members = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private List<CommitteeMeeting> meetings = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private List<CommitteeDecision> decisions = new ArrayList<>();

	@Version
	private long version;

	protected SteeringCommittee() {
	}

	public SteeringCommittee(Region region, String name, String mandate, Instant at) {
		this.countryCode = region.countryCode();
		this.region = region.name();
		this.name = name;
		this.mandate = mandate;
		this.createdAt = at;
	}

	public void addMember(String name, String organisation, CommitteeRole role) {
		this.members.add(new CommitteeMember(name, organisation, role));
	}

	public void recordMeeting(LocalDate heldOn, String agenda, String minutes) {
		this.meetings.add(new CommitteeMeeting(heldOn, agenda, minutes));
	}

	/** A decision starts as a draft: nobody outside the managers reads it yet. */
	public void draftDecision(LocalDate decidedOn, String text) {
		this.decisions.add(new CommitteeDecision(decidedOn, text));
	}

	public void publishDecision(long decisionId, Instant at) {
		this.decisions.stream()
			.filter((d) -> d.getId() != null && d.getId() == decisionId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No decision " + decisionId + " in committee " + this.id))
			.publish(at);
	}

	public void publishMinutes(long meetingId) {
		this.meetings.stream()
			.filter((m) -> m.getId() != null && m.getId() == meetingId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId + " in committee " + this.id))
			.publishMinutes();
	}

	public Long getId() {
		return this.id;
	}

	public Region region() {
		return new Region(this.countryCode, this.region);
	}

	/**
	 * The committee as a reader sees it: managers see drafts and every minute; anyone
	 * else only published decisions and published minutes.
	 */
	public View view(boolean manager) {
		return new View(this.id, region(), this.name, this.mandate,
				this.members.stream().map(CommitteeMember::view).toList(),
				this.meetings.stream()
					.map((m) -> m.view(manager))
					.sorted(Comparator.comparing(Meeting::heldOn).reversed())
					.toList(),
				this.decisions.stream()
					.filter((d) -> manager || d.isPublished())
					.map(CommitteeDecision::view)
					.sorted(Comparator.comparing(Decision::decidedOn).reversed())
					.toList(),
				this.version);
	}

	public record View(long id, Region region, String name, String mandate, List<Member> members,
			List<Meeting> meetings, List<Decision> decisions, long version) {

		public List<Decision> published() {
			return this.decisions.stream().filter(Decision::published).toList();
		}

	}

	public record Member(Long id, String name, String organisation, CommitteeRole role) {
	}

	/** {@code minutes} is null for a reader who may not read them yet. */
	public record Meeting(Long id, LocalDate heldOn, String agenda, String minutes, boolean minutesPublished) {
	}

	public record Decision(Long id, LocalDate decidedOn, String text, DecisionStatus status, Instant publishedAt) {

		public boolean published() {
			return this.status == DecisionStatus.PUBLISHED;
		}

	}

}
