package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.guidelines.network.NetworkMember.Application;
import eu.dhso.guidelines.network.NetworkMember.ApplicationView;
import eu.dhso.guidelines.network.NetworkMember.Member;
import eu.dhso.guidelines.network.NetworkMember.PledgeView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatory network's use cases: applying, deciding, pledging and reporting
 * progress, each a method of the {@link NetworkMember} aggregate, audited here. What the
 * public sees ({@link Member}) never carries the contact details.
 */
@Service
public class Network {

	private final NetworkMembers members;

	private final AuditLog audit;

	private final Clock clock;

	Network(NetworkMembers members, AuditLog audit) {
		this.members = members;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/**
	 * @return the new application's id, or empty when the name is already known
	 */
	@Transactional
	public Optional<Long> apply(Application application) {
		if (nameTaken(application.name())) {
			return Optional.empty();
		}
		return Optional.of(this.members.save(new NetworkMember(application, this.clock.instant())).getId());
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name) {
		return this.members.existsByNameIgnoreCase(name);
	}

	/** Approves or declines an open application; declining needs a reason. */
	@Transactional
	public void decide(long id, boolean approve, String reason, String actor) {
		decide(id, null, approve, reason, actor);
	}

	/**
	 * Decides as the administrator saw the member at {@code expectedVersion}.
	 * @throws StaleMemberException when someone changed it since
	 */
	@Transactional
	public void decide(long id, Long expectedVersion, boolean approve, String reason, String actor) {
		NetworkMember member = load(id);
		if (expectedVersion != null && expectedVersion != member.getVersion()) {
			throw new StaleMemberException(id);
		}
		if (approve) {
			member.approve(reason, actor, this.clock.instant());
		}
		else {
			member.decline(reason, actor, this.clock.instant());
		}
		this.audit.record(actor, approve ? "MEMBER_APPROVE" : "MEMBER_DECLINE", "member", id, "SUCCESS", reason);
	}

	@Transactional(readOnly = true)
	public List<Member> approved() {
		return this.members.findByStatusOrderByName(MemberStatus.APPROVED)
			.stream()
			.map(NetworkMember::toPublic)
			.toList();
	}

	/**
	 * The home page's figures: counted from the members /network lists, so the two never
	 * disagree.
	 */
	@Transactional(readOnly = true)
	public Size size() {
		List<Member> members = approved();
		return new Size(members.size(), members.stream().map(Member::countryCode).distinct().count());
	}

	/** How many organisations the network has and from how many countries. */
	public record Size(long members, long countries) {
	}

	@Transactional(readOnly = true)
	public Optional<Member> approved(long id) {
		return this.members.findById(id).filter(NetworkMember::isApproved).map(NetworkMember::toPublic);
	}

	/** Every application with its contact, open ones first, for administrators only. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications() {
		return this.members.findAllByOrderByCreatedAtDesc()
			.stream()
			.sorted(Comparator.comparing((NetworkMember m) -> m.getStatus() != MemberStatus.APPLIED))
			.map(NetworkMember::toApplicationView)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ApplicationView> application(long id) {
		return this.members.findById(id).map(NetworkMember::toApplicationView);
	}

	@Transactional(readOnly = true)
	public long approvedCount() {
		return this.members.countByStatus(MemberStatus.APPROVED);
	}

	/**
	 * @throws IllegalArgumentException when there is no approved member with this id
	 */
	@Transactional
	public long pledge(long memberId, String title, String kpi, BigDecimal target, LocalDate deadline, String actor) {
		NetworkMember member = this.members.findById(memberId)
			.filter(NetworkMember::isApproved)
			.orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
		Pledge pledge = member.pledge(title, kpi, target, deadline, this.clock.instant());
		this.members.flush();
		long id = pledge.getId();
		this.audit.record(actor, "PLEDGE_CREATE", "pledge", id, "SUCCESS", title);
		return id;
	}

	@Transactional
	public void progress(long memberId, long pledgeId, LocalDate reportedOn, BigDecimal value, String note,
			String actor) {
		load(memberId).reportProgress(pledgeId, reportedOn, value, note);
		this.audit.record(actor, "PLEDGE_PROGRESS", "pledge", pledgeId, "SUCCESS", value.toPlainString());
	}

	/** Pledges of approved members with their latest progress; of one member if given. */
	@Transactional(readOnly = true)
	public List<PledgeView> pledges(Long memberId) {
		List<NetworkMember> members = (memberId != null)
				? this.members.findById(memberId).filter(NetworkMember::isApproved).stream().toList()
				: this.members.findByStatusOrderByName(MemberStatus.APPROVED);
		return members.stream()
			.flatMap((m) -> m.pledgeViews().stream())
			.sorted(Comparator.comparing(PledgeView::deadline).thenComparingLong(PledgeView::id))
			.toList();
	}

	private NetworkMember load(long id) {
		return this.members.findById(id).orElseThrow(() -> new IllegalArgumentException("No member " + id));
	}

}
