package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.dhso.core.account.OrganisationType;
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
 * An organisation in the observatory network: it applies with the charter signed, an
 * administrator approves or declines it with a reason, and once approved it makes pledges
 * and reports progress on them. Contact details never leave the administrators' pages.
 */
@Entity
@Table(schema = "guidelines", name = "member")
public class NetworkMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	@Column(name = "country_code")
	private String countryCode;

	private String website;

	private String description;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "charter_signatory")
	private String charterSignatory;

	@Column(name = "charter_signed_at")
	private Instant charterSignedAt;

	@Enumerated(EnumType.STRING)
	private MemberStatus status;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "member_id", nullable = false, updatable = false)
	@OrderBy("deadline, id")
	private List<Pledge> pledges = new ArrayList<>();

	@Version
	private long version;

	protected NetworkMember() {
	}

	/** An application, with the charter signed as it is sent. */
	public NetworkMember(Application application, Instant at) {
		this.name = application.name();
		this.type = application.type();
		this.sector = application.sector();
		this.countryCode = application.countryCode();
		this.website = application.website();
		this.description = application.description();
		this.contactName = application.contactName();
		this.contactEmail = application.contactEmail();
		this.charterSignatory = application.charterSignatory();
		this.charterSignedAt = at;
		this.createdAt = at;
		this.status = MemberStatus.APPLIED;
	}

	public void approve(String reason, String admin, Instant at) {
		decide(MemberStatus.APPROVED, reason, admin, at);
	}

	/** Declining needs a reason: the applicant is told why. */
	public void decline(String reason, String admin, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A decline needs a reason");
		}
		decide(MemberStatus.DECLINED, reason, admin, at);
	}

	private void decide(MemberStatus target, String reason, String admin, Instant at) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalMemberTransitionException(this.status, target);
		}
		this.status = target;
		this.decisionReason = reason;
		this.decidedBy = admin;
		this.decidedAt = at;
	}

	/** Only approved members pledge: the network page shows them as commitments. */
	public Pledge pledge(String title, String kpi, BigDecimal target, LocalDate deadline, Instant at) {
		if (this.status != MemberStatus.APPROVED) {
			throw new IllegalMemberTransitionException("Only approved members make pledges");
		}
		Pledge pledge = new Pledge(title, kpi, target, deadline, at);
		this.pledges.add(pledge);
		return pledge;
	}

	/**
	 * @throws IllegalArgumentException when the pledge is not this member's
	 */
	public void reportProgress(long pledgeId, LocalDate reportedOn, BigDecimal value, String note) {
		this.pledges.stream()
			.filter((p) -> p.getId() != null && p.getId() == pledgeId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No pledge " + pledgeId + " of member " + this.id))
			.report(reportedOn, value, note);
	}

	public boolean isApproved() {
		return this.status == MemberStatus.APPROVED;
	}

	/** What anyone may see of the member: never the contact details. */
	public Member toPublic() {
		return new Member(this.id, this.name, this.type, this.sector, this.countryCode, this.website, this.description,
				this.charterSignedAt, this.status, this.decisionReason, this.decidedAt);
	}

	public ApplicationView toApplicationView() {
		return new ApplicationView(toPublic(), this.contactName, this.contactEmail, this.charterSignatory,
				this.version);
	}

	public List<PledgeView> pledgeViews() {
		return this.pledges.stream()
			.sorted(Comparator.comparing(Pledge::getDeadline).thenComparing(Pledge::getId))
			.map((p) -> new PledgeView(p.getId(), this.id, this.name, p.getTitle(), p.getKpi(), p.getTarget(),
					p.getDeadline(), p.latest(), p.getProgress().size()))
			.toList();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public MemberStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<Pledge> getPledges() {
		return List.copyOf(this.pledges);
	}

	public long getVersion() {
		return this.version;
	}

	/** What an organisation sends to join. */
	public record Application(String name, OrganisationType type, Sector sector, String countryCode, String website,
			String description, String contactName, String contactEmail, String charterSignatory) {
	}

	/** A member as anyone may see it. */
	public record Member(Long id, String name, OrganisationType type, Sector sector, String countryCode, String website,
			String description, Instant charterSignedAt, MemberStatus status, String decisionReason,
			Instant decidedAt) {
	}

	/** A member with its contact, for administrators only. */
	public record ApplicationView(Member member, String contactName, String contactEmail, String charterSignatory,
			long version) {
	}

	/** A pledge with its latest progress, as the pages show it. */
	public record PledgeView(long id, long memberId, String memberName, String title, String kpi, BigDecimal target,
			LocalDate deadline, BigDecimal latest, int updates) {

		/** Progress towards the target in whole per cent, capped at 100. */
		public int percent() {
			if (this.latest == null || this.target.signum() <= 0) {
				return 0;
			}
			return Math.min(100,
					this.latest.multiply(BigDecimal.valueOf(100))
						.divide(this.target, 0, java.math.RoundingMode.DOWN)
						.intValue());
		}

	}

}
