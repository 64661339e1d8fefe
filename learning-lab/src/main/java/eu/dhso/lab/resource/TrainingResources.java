package eu.dhso.lab.resource;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The resources of the open library. */
public interface TrainingResources extends JpaRepository<TrainingResource, Long> {

	/**
	 * Every resource for editors, or those a trainer added or their organisation owns.
	 */
	@Query("""
			select r from TrainingResource r
			where :all = true or r.createdBy = :account or (r.organisationId is not null and r.organisationId = :organisation)
			order by r.updatedAt desc, r.id desc""")
	List<TrainingResource> managedBy(@Param("all") boolean all, @Param("account") long account,
			@Param("organisation") Long organisation, Limit limit);

	long countByStatus(ResourceStatus status);

	List<TrainingResource> findAllByStatusOrderByTitleAscIdAsc(ResourceStatus status, Limit limit);

	boolean existsByTitle(String title);

	/**
	 * Whether a resource of the organisation (null: resources without one) already has
	 * this title.
	 */
	@Query("""
			select count(r) > 0 from TrainingResource r
			where coalesce(r.organisationId, 0) = coalesce(:organisation, 0) and r.title = :title""")
	boolean titleTaken(@Param("organisation") Long organisation, @Param("title") String title);

}
