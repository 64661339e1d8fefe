package eu.dhso.core.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to which object and how it ended. Joins the caller's transaction,
 * so an action and its audit line commit or roll back together.
 */
@Service
@NamedInterface("audit")
public class AuditLog {

	private final AuditEntries entries;

	AuditLog(AuditEntries entries) {
		this.entries = entries;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String objectType, Object objectId, String outcome, String detail) {
		this.entries.save(new AuditEntry((actor != null) ? actor : "anonymous", action, objectType,
				(objectId != null) ? objectId.toString() : null, outcome, detail, currentClientAddress()));
	}

	private static String currentClientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
