package eu.dhso.core.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	/**
	 * Entries by actor, outcome and an action prefix; {@code action} must have its LIKE
	 * wildcards escaped ({@link #prefix(String)}).
	 */
	default Page<AuditEntry> search(String actor, String action, String outcome, Pageable pageable) {
		// the page's ids first, then only their rows: skipping to a deep page then walks
		// the index of the order, not the rows before it
		Page<Long> ids = searchIds(actor, action, outcome, pageable);
		List<AuditEntry> entries = ids.isEmpty() ? List.of() : findByIdIn(ids.getContent(), pageable.getSort());
		return new PageImpl<>(entries, pageable, ids.getTotalElements());
	}

	@Query(value = """
			select e.id from AuditEntry e
			where (:actor = '' or lower(e.actor) = lower(:actor))
			and (:action = '' or e.action like concat(:action, '%') escape '\\')
			and (:outcome = '' or e.outcome = :outcome)""")
	Page<Long> searchIds(String actor, String action, String outcome, Pageable pageable);

	List<AuditEntry> findByIdIn(Collection<Long> ids, Sort sort);

	long countByActorAndAction(String actor, String action);

	/** A typed action prefix with {@code %} and {@code _} taken literally. */
	static String prefix(String action) {
		return action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	long countByActionAndDetailContaining(String action, String detail);

}
