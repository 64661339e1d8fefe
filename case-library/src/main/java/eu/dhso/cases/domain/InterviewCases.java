package eu.dhso.cases.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface InterviewCases extends Repository<InterviewCase, Long> {

	Optional<InterviewCase> findById(Long id);

	Page<InterviewCase> findByOrganisationIdOrderByUpdatedAtDesc(Long organisationId, Pageable pageable);

	Page<InterviewCase> findByStatusInOrderByUpdatedAtAsc(Collection<CaseStatus> statuses, Pageable pageable);

	boolean existsByTitle(String title);

	@Query("select c.status, count(c) from InterviewCase c group by c.status")
	List<Object[]> countByStatus();

	InterviewCase save(InterviewCase interviewCase);

}
