package eu.dhso.guidelines.demo;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.governance.Governance;
import eu.dhso.guidelines.governance.SteeringCommittee;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import eu.dhso.guidelines.lifecycle.Lifecycle;
import eu.dhso.guidelines.lifecycle.PhaseState;
import eu.dhso.guidelines.planning.PlanStatus;
import eu.dhso.guidelines.planning.Planning;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoProgrammesTests {

	@Autowired
	DemoProgrammes demo;

	@Autowired
	Governance governance;

	@Autowired
	Planning planning;

	@Autowired
	Lifecycle lifecycle;

	@Test
	void theDemoShowsMixedLifecycleStatesAndLoadsOnce() {
		this.demo.loadMissing();
		assertThat(this.demo.loadMissing()).isZero();
		SteeringCommittee.View crete = this.governance.committees(false)
			.stream()
			.filter((c) -> c.name().equals(DemoProgrammes.CRETE_COMMITTEE))
			.findFirst()
			.orElseThrow();
		assertThat(crete.members()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(crete.decisions()).extracting(SteeringCommittee.Decision::text)
			.isNotEmpty()
			.doesNotContain(DemoProgrammes.DRAFT_DECISION);
		assertThat(this.planning.plans(false)).filteredOn((p) -> p.title().equals(DemoProgrammes.CRETE_PLAN))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.status()).isEqualTo(PlanStatus.APPROVED);
				assertThat(p.actions()).hasSize(1);
			});
		Lifecycle.RegionLifecycle region = this.lifecycle.region(DemoProgrammes.CRETE, false);
		assertThat(region.phase(LifecyclePhase.GOVERNANCE).state()).isEqualTo(PhaseState.IN_PLACE);
		assertThat(region.phase(LifecyclePhase.PLANNING).state()).isEqualTo(PhaseState.IN_PLACE);
		assertThat(region.phase(LifecyclePhase.MONITORING).state()).isEqualTo(PhaseState.UNDER_WAY);
		Lifecycle.RegionLifecycle italy = this.lifecycle.region(DemoProgrammes.ITALY, false);
		assertThat(italy.phase(LifecyclePhase.GOVERNANCE).state()).isEqualTo(PhaseState.IN_PLACE);
		assertThat(italy.phase(LifecyclePhase.PLANNING).state()).isEqualTo(PhaseState.NOT_STARTED);
	}

}
