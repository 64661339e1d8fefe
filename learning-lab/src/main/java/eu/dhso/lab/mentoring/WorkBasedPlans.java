package eu.dhso.lab.mentoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The work-based learning plans, as aggregates. */
public interface WorkBasedPlans extends Repository<WorkBasedPlan, Long> {

	WorkBasedPlan save(WorkBasedPlan plan);

	void flush();

	Optional<WorkBasedPlan> findById(long id);

	/** The plans the person is party to, open ones first, newest first. */
	@Query(value = """
			select p from WorkBasedPlan p where p.professionalId = :accountId or p.mentorId = :accountId
			order by case when p.status in (eu.dhso.lab.mentoring.WorkBasedPlanStatus.PROPOSED,
			    eu.dhso.lab.mentoring.WorkBasedPlanStatus.AGREED) then 0 else 1 end, p.proposedAt desc, p.id desc""",
			countQuery = "select count(p) from WorkBasedPlan p where p.professionalId = :accountId or p.mentorId = :accountId")
	Page<WorkBasedPlan> ofParty(long accountId, Pageable pageable);

	/** Every plan, for administrators. */
	@Query(value = "select p from WorkBasedPlan p order by p.proposedAt desc, p.id desc",
			countQuery = "select count(p) from WorkBasedPlan p")
	Page<WorkBasedPlan> everyPlan(Pageable pageable);

	@Query("select p from WorkBasedPlan p where p.status = eu.dhso.lab.mentoring.WorkBasedPlanStatus.COMPLETED")
	List<WorkBasedPlan> allCompleted();

	boolean existsByTitle(String title);

}
