package eu.dhso.core.account;

import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the sessions of an account whose rights changed: in memory they are marked expired
 * and refused on their next request; in the cluster profile they are deleted from
 * PostgreSQL, so every node refuses them.
 */
@Component
class AccountSessions {

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * After the change commits: earlier, a sign-in with the old password or rights could
	 * still open a session that would survive.
	 */
	void endAfterCommit(String username, String keptSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username, keptSessionId);
				}
			});
		}
		else {
			end(username, keptSessionId);
		}
	}

	private void end(String username, String keptSessionId) {
		// equal to the signed-in principal of that name (User compares usernames)
		User principal = new User(username, "", List.of());
		for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
			if (!session.getSessionId().equals(keptSessionId)) {
				session.expireNow();
			}
		}
	}

}
