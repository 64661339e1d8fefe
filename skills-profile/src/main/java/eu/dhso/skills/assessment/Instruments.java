package eu.dhso.skills.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Instruments extends Repository<Instrument, Long> {

	Optional<Instrument> findByFrameworkVersionId(Long frameworkVersionId);

	boolean existsByFrameworkVersionId(Long frameworkVersionId);

	Optional<Instrument> findById(Long id);

	@Query("select distinct i from AssessmentItem i left join fetch i.options where i.instrumentId = :instrumentId order by i.sortOrder")
	List<AssessmentItem> findItems(Long instrumentId);

}
