package eu.dhso.guidelines.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Events extends Repository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	/** Events still to come where the account holds a seat or a waitlist place. */
	@Query("""
			select distinct e.slug from Event e join e.registrations r
			where r.accountId = :accountId and r.status <> eu.dhso.guidelines.event.RegistrationStatus.CANCELLED
			and e.startsAt > :now""")
	List<String> findUpcomingSlugsWithPlaceOf(Long accountId, Instant now);

	/**
	 * The event locked for the rest of the transaction, so two requests for the last
	 * place cannot both be confirmed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Event> findLockedBySlug(String slug);

	boolean existsBySlug(String slug);

	/** The event of the guest registration whose cancellation link has this hash. */
	@Query("select e.slug from Event e join e.registrations r where r.cancelHash = :cancelHash")
	Optional<String> findSlugByCancelHash(String cancelHash);

	List<Event> findAllByOrderByStartsAtAscIdAsc();

	Event save(Event event);

}
