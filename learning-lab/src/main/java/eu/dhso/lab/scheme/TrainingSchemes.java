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

}
