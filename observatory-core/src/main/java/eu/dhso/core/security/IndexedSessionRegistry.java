package eu.dhso.core.security;

import java.util.Date;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The sessions of the cluster profile, kept in PostgreSQL and indexed by principal name.
 * Ending one deletes it, so every node refuses it on its next request without checking a
 * flag on each request.
 */
final class IndexedSessionRegistry implements SessionRegistry {

	private final FindByIndexNameSessionRepository<?> sessions;

	IndexedSessionRegistry(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@Override
	public List<Object> getAllPrincipals() {
		throw new UnsupportedOperationException("Sessions are looked up by principal name only");
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return this.sessions.findByPrincipalName(name(principal))
			.values()
			.stream()
			.map((session) -> (SessionInformation) new Deleting(principal, session.getId(),
					Date.from(session.getLastAccessedTime())))
			.toList();
	}

	/** Nothing to check per request: an ended session no longer exists. */
	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		return null;
	}

	@Override
	public void refreshLastRequest(String sessionId) {
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
	}

	@Override
	public void removeSessionInformation(String sessionId) {
	}

	private static String name(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof AuthenticatedPrincipal authenticated) {
			return authenticated.getName();
		}
		return principal.toString();
	}

	private final class Deleting extends SessionInformation {

		private static final long serialVersionUID = 1L;

		Deleting(Object principal, String sessionId, Date lastRequest) {
			super(principal, sessionId, lastRequest);
		}

		@Override
		public void expireNow() {
			super.expireNow();
			IndexedSessionRegistry.this.sessions.deleteById(getSessionId());
		}

	}

}
