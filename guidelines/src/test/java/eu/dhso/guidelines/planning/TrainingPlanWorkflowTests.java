package eu.dhso.guidelines.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import eu.dhso.guidelines.governance.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan guards its own states, without Spring. */
class TrainingPlanWorkflowTests {

	private static TrainingPlan draft() {
		return new TrainingPlan("Plan", new Region("GR", "Crete"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
				"Train nurses", Instant.now());
	}

	@Test
	void aPlanIsApprovedOnlyWithTargetsAndFunding() {
		TrainingPlan plan = draft();
		assertThatThrownBy(() -> plan.approve(Instant.now())).isInstanceOf(IllegalPlanTransitionException.class);
		plan.target("NURSE", 100);
		assertThatThrownBy(() -> plan.approve(Instant.now())).isInstanceOf(IllegalPlanTransitionException.class);
		plan.fund(FundingSource.ESF_PLUS, new BigDecimal("1000.00"), null);
		plan.approve(Instant.now());
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
	}

	@Test
	void anApprovedPlanKeepsItsDesignButTakesCohortsReviewsAndActions() {
		TrainingPlan plan = draft();
		plan.target("NURSE", 100);
		plan.target("NURSE", 120);
		plan.fund(FundingSource.RRF_NRRP, new BigDecimal("5000"), "");
		assertThatThrownBy(() -> plan.review(LocalDate.now(), BigDecimal.ONE, null))
			.isInstanceOf(IllegalPlanTransitionException.class);
		plan.approve(Instant.now());
		assertThatThrownBy(() -> plan.target("DOCTOR", 5)).isInstanceOf(IllegalPlanTransitionException.class);
		assertThatThrownBy(() -> plan.fund(FundingSource.TSI, BigDecimal.TEN, null))
			.isInstanceOf(IllegalPlanTransitionException.class);
		assertThatThrownBy(() -> plan.address(Set.of("S1.1"), Set.of()))
			.isInstanceOf(IllegalPlanTransitionException.class);
		plan.linkCohorts(Set.of(1L, 2L));
		plan.review(LocalDate.now(), new BigDecimal("1200.50"), "On track");
		plan.recordAction(LocalDate.now(), "More evening sessions", "Training office");
		TrainingPlan.View view = plan.view();
		assertThat(view.targetPeople()).isEqualTo(120);
		assertThat(view.fundingTotal()).isEqualByComparingTo("5000");
		assertThat(view.cohorts()).containsExactly(1L, 2L);
		assertThat(view.actions()).hasSize(1);
	}

	@Test
	void aClosedPlanNoLongerChangesAndCannotReopen() {
		TrainingPlan plan = draft();
		plan.target("NURSE", 10);
		plan.fund(FundingSource.NATIONAL, BigDecimal.TEN, null);
		plan.approve(Instant.now());
		plan.close(Instant.now());
		assertThatThrownBy(() -> plan.linkCohorts(Set.of(3L))).isInstanceOf(IllegalPlanTransitionException.class);
		assertThatThrownBy(() -> plan.recordAction(LocalDate.now(), "x", "y"))
			.isInstanceOf(IllegalPlanTransitionException.class);
		assertThatThrownBy(() -> plan.approve(Instant.now())).isInstanceOf(IllegalPlanTransitionException.class);
		assertThat(PlanStatus.CLOSED.canMoveTo(PlanStatus.DRAFT)).isFalse();
	}

	@Test
	void aFundingLineHasAPositiveAmount() {
		TrainingPlan plan = draft();
		assertThatThrownBy(() -> plan.fund(FundingSource.OTHER, BigDecimal.ZERO, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
