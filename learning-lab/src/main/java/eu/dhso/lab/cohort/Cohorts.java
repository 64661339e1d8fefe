package eu.dhso.lab.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The cohorts, as aggregates. */
public interface Cohorts extends Repository<Cohort, Long> {

	Cohort save(Cohort cohort);

	/**
	 * Writes pending changes now, so new sessions have ids and SQL that follows sees
	 * them.
	 */
	void flush();

	Optional<Cohort> findById(long id);

	/**
	 * The cohort, locked until the transaction ends: every change of places goes through
	 * here, so concurrent requests never overfill it and the waitlist keeps its order.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Cohort c where c.id = :id")
	Optional<Cohort> lockById(long id);

	@Query("select c from Cohort c order by c.startsOn desc, c.id desc")
	List<Cohort> allNewestFirst();

	@Query("select c from Cohort c where :accountId member of c.trainers order by c.startsOn desc, c.id desc")
	List<Cohort> trainedBy(Long accountId);

	@Query("select c from Cohort c where c.endsOn >= :today and c.cancelledAt is null order by c.startsOn, c.id")
	List<Cohort> notEndedBy(LocalDate today);

	@Query("""
			select c from Cohort c where exists (select e from Enrolment e where e.cohort = c and e.accountId = :accountId)
			order by c.startsOn desc, c.id desc""")
	List<Cohort> withPlaceOf(Long accountId);

	@Query("""
			select c from Cohort c where exists (select i from Invitation i where i.cohort = c and i.accountId = :accountId
			    and i.status = eu.dhso.lab.cohort.InvitationStatus.PENDING)
			order by c.startsOn, c.id""")
	List<Cohort> invitingPendingly(Long accountId);

	@Query("select i.cohort.id from Invitation i where i.id = :invitationId")
	Optional<Long> idByInvitation(long invitationId);

	@Query("""
			select e.cohort.id from Enrolment e where e.accountId = :accountId
			    and e.status <> eu.dhso.lab.cohort.EnrolmentStatus.WITHDRAWN order by e.cohort.id""")
	List<Long> idsHoldingPlaceOf(long accountId);

	long count();

}
