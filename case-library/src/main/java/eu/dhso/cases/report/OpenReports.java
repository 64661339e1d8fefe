package eu.dhso.cases.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OpenReports extends Repository<OpenReport, Long> {

	Optional<OpenReport> findById(Long id);

	List<OpenReport> findByStatusOrderByPublishedAtDesc(OpenReport.Status status);

	List<OpenReport> findAllByOrderByCreatedAtDesc();

	boolean existsByTitle(String title);

	OpenReport save(OpenReport report);

}
