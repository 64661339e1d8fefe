package eu.dhso.guidelines.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ObservatoryReports extends Repository<ObservatoryReport, Long> {

	Optional<ObservatoryReport> findById(Long id);

	Optional<ObservatoryReport> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Published and withdrawn reports, newest first. */
	List<ObservatoryReport> findByStatusNotOrderByPublishedAtDescIdDesc(ReportStatus status);

	List<ObservatoryReport> findAllByOrderByStatusAscIdDesc();

	ObservatoryReport save(ObservatoryReport report);

}
