package eu.dhso.skills.assessment;

import eu.dhso.core.account.AccountVerified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once an administrator verifies a self-registered account, the attempts that person
 * already submitted count in the skills map too; the map's triggers add them to the
 * summary in the same statement.
 */
@Component
class VerifiedRespondents {

	private final JdbcClient jdbc;

	VerifiedRespondents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// After the verification commits, in a transaction of its own: a failed verification
	// never makes anybody count.
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AccountVerified event) {
		this.jdbc.sql("""
				update skills.assessment set counted = true
				where account_id = :account and status = 'SUBMITTED' and not counted""")
			.param("account", event.accountId())
			.update();
	}

}
