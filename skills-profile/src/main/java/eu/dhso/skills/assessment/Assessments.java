package eu.dhso.skills.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Assessments extends Repository<Assessment, Long> {

	/** The only way to load an attempt for a page: by its id and its owner together. */
	@EntityGraph(attributePaths = "answers")
	@Query("select a from Assessment a where a.id = :id and a.accountId = :accountId")
	Optional<Assessment> findOwned(Long id, Long accountId);

	List<Assessment> findByAccountIdOrderByStartedAtDesc(Long accountId);

	Assessment save(Assessment assessment);

}
