package eu.dhso.core.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	/**
	 * Entries by actor, outcome and an action prefix; {@code action} must have its LIKE
	 * wildcards escaped ({@link #prefix(String)}).
	 */
	@Query("""
			select e from AuditEntry e
			where (:actor = '' or lower(e.actor) = lower(:actor))
			and (:action = '' or e.action like concat(:action, '%') escape '\\')
			and (:outcome = '' or e.outcome = :outcome)""")
	Page<AuditEntry> search(String actor, String action, String outcome, Pageable pageable);

	long countByActorAndAction(String actor, String action);

	/** A typed action prefix with {@code %} and {@code _} taken literally. */
	static String prefix(String action) {
		return action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	long countByActionAndDetailContaining(String action, String detail);

}
