package eu.dhso.core.account;

import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders register for the role they need; an administrator approves (granting the
 * role for an organisation, which also verifies the account) or declines with a reason.
 * Every step is audited, and an approval ends the account's sessions so the new rights
 * start with a fresh sign-in.
 */
@Component
@Transactional
public class RoleApproval {

	private final AccountLifecycle lifecycle;

	private final RoleRequests requests;

	private final UserAccounts accounts;

	private final Organisations organisations;

	private final AuditLog auditLog;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	RoleApproval(AccountLifecycle lifecycle, RoleRequests requests, UserAccounts accounts, Organisations organisations,
			AuditLog auditLog, AccountSessions sessions, ApplicationEventPublisher events) {
		this.lifecycle = lifecycle;
		this.requests = requests;
		this.accounts = accounts;
		this.organisations = organisations;
		this.auditLog = auditLog;
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * Registers the person as anyone registers (what needs no approval) and files their
	 * request. A taken name gets neither, and the same answer.
	 */
	public Optional<RoleRequest> register(AccountLifecycle.NewAccount account, StakeholderKind kind,
			Long organisationId, String organisationName, String purpose) {
		Organisation organisation = (organisationId != null) ? this.organisations.findById(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown organisation " + organisationId)) : null;
		return this.lifecycle.register(account).map((registered) -> {
			RoleRequest request = this.requests
				.save(new RoleRequest(registered, kind, organisation, organisationName, purpose));
			this.auditLog.record(registered.getUsername(), "account.role.request", "UserAccount", registered.getId(),
					"SUCCESS", "kind=" + kind + ", role=" + kind.role());
			return request;
		});
	}

	public void approve(String admin, Long accountId, Long organisationId) {
		RoleRequest request = pending(accountId);
		Organisation organisation = this.organisations.findById(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown organisation " + organisationId));
		boolean wasVerified = request.getAccount().isVerified();
		request.approve(admin, organisation);
		this.auditLog.record(admin, "account.role.approve", "UserAccount", accountId, "SUCCESS",
				"username=" + request.getAccount().getUsername() + ", role=" + request.getRequestedRole()
						+ ", organisation=" + organisation.getName());
		if (!wasVerified) {
			this.events.publishEvent(new AccountVerified(accountId));
		}
		this.sessions.endAfterCommit(request.getAccount().getUsername(), null);
	}

	public void decline(String admin, Long accountId, String reason) {
		RoleRequest request = pending(accountId);
		request.decline(admin, reason);
		this.auditLog.record(admin, "account.role.decline", "UserAccount", accountId, "SUCCESS",
				"username=" + request.getAccount().getUsername() + ", reason=" + reason.strip());
	}

	@Transactional(readOnly = true)
	public List<RoleRequest> waiting() {
		return this.requests.findTop50ByStatusOrderByRequestedAt(RoleRequestStatus.PENDING);
	}

	@Transactional(readOnly = true)
	public long waitingCount() {
		return this.requests.countByStatus(RoleRequestStatus.PENDING);
	}

	/** The account's latest request, pending or decided. */
	@Transactional(readOnly = true)
	public Optional<RoleRequest> latest(Long accountId) {
		return this.requests.findFirstByAccountIdOrderByRequestedAtDesc(accountId);
	}

	private RoleRequest pending(Long accountId) {
		if (this.accounts.findById(accountId).map(UserAccount::isErased).orElse(true)) {
			throw new AccountNotFoundException(accountId);
		}
		return this.requests.findByAccountIdAndStatus(accountId, RoleRequestStatus.PENDING)
			.orElseThrow(() -> new IllegalStateException("No role request is waiting for account " + accountId));
	}

}
