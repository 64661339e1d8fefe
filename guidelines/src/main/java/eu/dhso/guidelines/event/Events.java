package eu.dhso.guidelines.event;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

public interface Events extends Repository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	/**
	 * The event locked for the rest of the transaction, so two requests for the last
	 * place cannot both be confirmed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Event> findLockedBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Event> findAllByOrderByStartsAtAscIdAsc();

	Event save(Event event);

}
