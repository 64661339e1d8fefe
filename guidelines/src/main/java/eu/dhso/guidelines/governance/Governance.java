package eu.dhso.guidelines.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering committees: managers (administrators) keep their records; everyone reads
 * what {@link SteeringCommittee#view(boolean)} releases. Every change is audited.
 */
@Service
@Transactional
public class Governance {

	private final SteeringCommittees committees;

	private final AuditLog audit;

	private final Clock clock;

	Governance(SteeringCommittees committees, AuditLog audit, Optional<Clock> clock) {
		this.committees = committees;
		this.audit = audit;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public List<SteeringCommittee.View> committees(boolean manager) {
		return this.committees.findAllByOrderByCountryCodeAscRegionAscNameAsc()
			.stream()
			.map((c) -> c.view(manager))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<SteeringCommittee.View> committee(long id, boolean manager) {
		return this.committees.findById(id).map((c) -> c.view(manager));
	}

	public long create(Region region, String name, String mandate, String actor) {
		SteeringCommittee committee = this.committees
			.save(new SteeringCommittee(region, name, mandate, this.clock.instant()));
		this.committees.flush();
		this.audit.record(actor, "COMMITTEE_CREATE", "committee", committee.getId(), "SUCCESS", region.key());
		return committee.getId();
	}

	public void addMember(long id, String name, String organisation, CommitteeRole role, String actor) {
		require(id).addMember(name, organisation, role);
		// written now, so the new record has its id for the next step
		this.committees.flush();
		this.audit.record(actor, "COMMITTEE_MEMBER_ADD", "committee", id, "SUCCESS", null);
	}

	public void recordMeeting(long id, LocalDate heldOn, String agenda, String minutes, String actor) {
		require(id).recordMeeting(heldOn, agenda, minutes);
		this.committees.flush();
		this.audit.record(actor, "COMMITTEE_MEETING_ADD", "committee", id, "SUCCESS", heldOn.toString());
	}

	public void draftDecision(long id, LocalDate decidedOn, String text, String actor) {
		require(id).draftDecision(decidedOn, text);
		this.committees.flush();
		this.audit.record(actor, "COMMITTEE_DECISION_DRAFT", "committee", id, "SUCCESS", null);
	}

	public void publishDecision(long id, long decisionId, String actor) {
		require(id).publishDecision(decisionId, this.clock.instant());
		this.audit.record(actor, "COMMITTEE_DECISION_PUBLISH", "committee", id, "SUCCESS", "decision " + decisionId);
	}

	public void publishMinutes(long id, long meetingId, String actor) {
		require(id).publishMinutes(meetingId);
		this.audit.record(actor, "COMMITTEE_MINUTES_PUBLISH", "committee", id, "SUCCESS", "meeting " + meetingId);
	}

	private SteeringCommittee require(long id) {
		return this.committees.findById(id).orElseThrow(() -> new CommitteeNotFoundException(id));
	}

}
