package eu.dhso.skills.demo;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.People;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.TeamMaturity;
import eu.dhso.skills.agents.ChangeAgentRoster;
import eu.dhso.skills.maturity.MaturityProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoMaturityTests {

	@Autowired
	DemoMaturity demo;

	@Autowired
	TeamMaturity maturity;

	@Autowired
	MaturityProfiles profiles;

	@Autowired
	ChangeAgentRoster roster;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void theDemoHospitalHasAProfileWithAnEarlierRoundPeersAndTwoChangeAgents() {
		this.demo.loadMissing();
		assertThat(this.demo.loadMissing()).isZero();
		Long hospital = this.organisations.byName(DemoMaturity.MAIN).orElseThrow().id();
		TeamMaturity.TeamProfile profile = this.maturity.latestProfile(hospital).orElseThrow();
		assertThat(profile.roundTitle()).isEqualTo("Spring 2026");
		assertThat(profile.weakest(1).get(0).competenceCodes()).isNotEmpty();
		Long round = profile.roundId();
		ObservatoryUser agent = this.people.principal("agent-nurse").orElseThrow();
		assertThat(this.maturity.mayView(agent, hospital)).isFalse();
		Long respondents = this.jdbc.sql("select count(*) from skills.maturity_response where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
		assertThat(respondents).isGreaterThanOrEqualTo(6);
		ObservatoryUser partner = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		MaturityProfiles.Profile shown = this.profiles.profile(partner, round);
		assertThat(shown.figures().shown()).isTrue();
		assertThat(shown.earlier()).hasSize(1).allSatisfy((e) -> assertThat(e.figures().shown()).isTrue());
		assertThat(shown.peers().shown()).isTrue();
		assertThat(this.roster.roster(hospital)).hasSize(2).allSatisfy((a) -> assertThat(a.activities()).isPositive());
	}

}
