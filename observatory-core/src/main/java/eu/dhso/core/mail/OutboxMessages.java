package eu.dhso.core.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutboxMessages extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	Optional<OutboxMessage> findById(Long id);

	Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	/**
	 * The due messages, locked for this delivery run: another node's run skips them
	 * rather than waiting, so no message goes out twice and no node blocks another.
	 */
	@Query(value = """
			select * from core.outbox_message
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at, id
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<OutboxMessage> claimDue(Instant now, int limit);

	/** An erased account's address leaves the outbox with the messages to it. */
	@Modifying
	@Query("delete from OutboxMessage m where lower(m.recipient) = lower(:recipient)")
	int deleteByRecipient(String recipient);

}
