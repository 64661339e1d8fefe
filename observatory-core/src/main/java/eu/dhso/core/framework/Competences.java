package eu.dhso.core.framework;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Competences extends Repository<Competence, Long> {

	Competence save(Competence competence);

	Optional<Competence> findById(Long id);

}
