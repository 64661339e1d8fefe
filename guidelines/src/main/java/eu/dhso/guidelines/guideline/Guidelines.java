package eu.dhso.guidelines.guideline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Guidelines extends Repository<Guideline, Long> {

	Optional<Guideline> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Guideline> findAllByOrderBySlug();

	List<Guideline> findByLatestVersionGreaterThan(int version);

	long countByLatestVersionGreaterThan(int version);

	Guideline save(Guideline guideline);

}
