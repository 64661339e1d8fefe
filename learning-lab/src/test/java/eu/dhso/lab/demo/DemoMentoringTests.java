package eu.dhso.lab.demo;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.core.verification.VerifiedCompetenceSource;
import eu.dhso.core.verification.VerifiedCompetenceSource.VerifiedCompetence;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoMentoringTests {

	@Autowired
	DemoMentoring demo;

	@Autowired
	AccountLifecycle lifecycle;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VerifiedCompetenceSource verified;

	@Test
	void theDemoProfessionalHasACompletedPlanAndOneInProgressOnce() {
		this.lifecycle.createIfAbsent(new NewAccount("professional", "Petra Professional", null, TestAccounts.PASSWORD),
				Role.PROFESSIONAL, null);
		this.lifecycle.createIfAbsent(new NewAccount("mentor", "Marta Mentor", null, TestAccounts.PASSWORD),
				Role.MENTOR, null);
		assertThat((Integer) this.transactions.execute((status) -> this.demo.loadMissing())).isEqualTo(2);
		assertThat((Integer) this.transactions.execute((status) -> this.demo.loadMissing())).isZero();

		assertThat(statusOf(DemoMentoring.COMPLETED_PLAN)).isEqualTo("COMPLETED");
		assertThat(statusOf(DemoMentoring.RUNNING_PLAN)).isEqualTo("AGREED");
		assertThat(this.jdbc.sql("""
				select a.status from lab.mentoring_activity a join lab.mentoring_plan p on p.id = a.plan_id
				where p.title = :t order by a.id""").param("t", DemoMentoring.RUNNING_PLAN).query(String.class).list())
			.containsExactly("SIGNED_OFF", "OPEN");
		long professional = this.accounts.findByUsernameIgnoreCase("professional").orElseThrow().getId();
		assertThat(this.verified.verifiedFor(professional)).extracting(VerifiedCompetence::competenceCode)
			.containsExactly("S1.1", "S1.2");
		assertThat(this.verified.verifiedFor(professional)).allSatisfy((v) -> {
			assertThat(v.verifierName()).isEqualTo("Marta Mentor");
			assertThat(v.verifiedOn()).isBefore(java.time.LocalDate.now().minusDays(14));
		});
	}

	private String statusOf(String title) {
		return this.jdbc.sql("select status from lab.mentoring_plan where title = :t")
			.param("t", title)
			.query(String.class)
			.single();
	}

}
