package eu.dhso.skills.assessment;

import eu.dhso.core.account.AccountVerified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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
	// never makes anybody count, and the event publication registry retries a failed
	// update until it completes.
	@ApplicationModuleListener
	void on(AccountVerified event) {
		this.jdbc.sql("""
				update skills.assessment set counted = true
				where account_id = :account and status = 'SUBMITTED' and not counted""")
			.param("account", event.accountId())
			.update();
	}

}
