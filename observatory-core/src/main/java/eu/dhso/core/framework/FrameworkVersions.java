package eu.dhso.core.framework;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface FrameworkVersions extends Repository<FrameworkVersion, Long> {

	Optional<FrameworkVersion> findById(Long id);

	FrameworkVersion save(FrameworkVersion version);

	boolean existsByLabel(String label);

	@Query("""
			select distinct a from CompetenceArea a left join fetch a.competences
			where a.frameworkVersion.id = :versionId order by a.sortOrder""")
	java.util.List<CompetenceArea> findAreasWithCompetences(Long versionId);

	@Query("""
			select count(c) from Competence c where c.area.frameworkVersion.id = :versionId""")
	long countCompetences(Long versionId);

}
