package eu.dhso.core.framework;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CompetenceAreas extends Repository<CompetenceArea, Long> {

	CompetenceArea save(CompetenceArea area);

	Optional<CompetenceArea> findById(Long id);

}
