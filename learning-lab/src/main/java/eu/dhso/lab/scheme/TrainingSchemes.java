package eu.dhso.lab.scheme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The training schemes. */
public interface TrainingSchemes extends JpaRepository<TrainingScheme, Long> {

	/** The schemes a trainer wrote or their organisation owns, latest change first. */
	@Query("""
			select s from TrainingScheme s
			where s.createdBy = :account or (s.organisationId is not null and s.organisationId = :organisation)
			order by s.updatedAt desc, s.id desc""")
	List<TrainingScheme> editableBy(@Param("account") long account, @Param("organisation") Long organisation);

	List<TrainingScheme> findByStatusOrderByUpdatedAtAscIdAsc(SchemeStatus status);

	/**
	 * Whether another scheme of the organisation (null: schemes without one) has this
	 * title.
	 */
	@Query("""
			select count(s) > 0 from TrainingScheme s
			where coalesce(s.organisationId, 0) = coalesce(:organisation, 0) and s.title = :title
			and s.id <> coalesce(:except, 0)""")
	boolean titleTaken(@Param("organisation") Long organisation, @Param("title") String title,
			@Param("except") Long except);

}
