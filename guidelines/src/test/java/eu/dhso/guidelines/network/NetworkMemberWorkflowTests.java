package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import eu.dhso.core.account.OrganisationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The network member's state machine, without Spring or a database. */
class NetworkMemberWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void anApplicationIsApprovedOnceAndThenPledges() {
		NetworkMember member = applicant();
		assertThat(member.getStatus()).isEqualTo(MemberStatus.APPLIED);
		member.approve(null, "admin", NOW);
		assertThat(member.getStatus()).isEqualTo(MemberStatus.APPROVED);
		member.pledge("Train nurses", "Nurses trained", new BigDecimal("50"), LocalDate.of(2027, 1, 1), NOW);
		assertThat(member.getPledges()).hasSize(1);
		assertThatThrownBy(() -> member.approve(null, "admin", NOW))
			.isInstanceOf(IllegalMemberTransitionException.class);
		assertThatThrownBy(() -> member.decline("Changed our mind", "admin", NOW))
			.isInstanceOf(IllegalMemberTransitionException.class);
	}

	@Test
	void aDeclineNeedsAReasonAndIsFinal() {
		NetworkMember member = applicant();
		assertThatIllegalArgumentException().isThrownBy(() -> member.decline(" ", "admin", NOW));
		assertThat(member.getStatus()).isEqualTo(MemberStatus.APPLIED);
		member.decline("Not a health-care organisation", "admin", NOW);
		assertThat(member.getStatus()).isEqualTo(MemberStatus.DECLINED);
		assertThat(member.toPublic().decisionReason()).isEqualTo("Not a health-care organisation");
		assertThatThrownBy(() -> member.approve(null, "admin", NOW))
			.isInstanceOf(IllegalMemberTransitionException.class);
	}

	@Test
	void onlyApprovedMembersPledgeAndTargetsArePositive() {
		NetworkMember member = applicant();
		assertThatThrownBy(() -> member.pledge("P", "K", BigDecimal.TEN, LocalDate.of(2027, 1, 1), NOW))
			.isInstanceOf(IllegalMemberTransitionException.class);
		member.approve(null, "admin", NOW);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> member.pledge("P", "K", BigDecimal.ZERO, LocalDate.of(2027, 1, 1), NOW));
	}

	@Test
	void progressIsReportedOnlyOnTheMembersOwnPledges() {
		NetworkMember member = applicant();
		member.approve(null, "admin", NOW);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> member.reportProgress(42, LocalDate.of(2026, 7, 1), BigDecimal.ONE, null));
	}

	@Test
	void onlyAppliedMovesAndOnlyToADecision() {
		assertThat(MemberStatus.APPLIED.canMoveTo(MemberStatus.APPROVED)).isTrue();
		assertThat(MemberStatus.APPLIED.canMoveTo(MemberStatus.DECLINED)).isTrue();
		assertThat(MemberStatus.DECLINED.canMoveTo(MemberStatus.APPROVED)).isFalse();
		assertThat(MemberStatus.APPROVED.canMoveTo(MemberStatus.DECLINED)).isFalse();
	}

	private static NetworkMember applicant() {
		return new NetworkMember(new NetworkMember.Application("Org", OrganisationType.UNIVERSITY, Sector.PUBLIC, "ES",
				null, null, "Contact", "c@example.org", "Signatory"), NOW);
	}

}
