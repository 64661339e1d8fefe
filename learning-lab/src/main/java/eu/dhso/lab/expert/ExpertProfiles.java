package eu.dhso.lab.expert;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ExpertProfiles extends Repository<ExpertProfile, Long> {

	ExpertProfile save(ExpertProfile profile);

	Optional<ExpertProfile> findById(long id);

	Optional<ExpertProfile> findByAccountId(long accountId);

	/**
	 * Listed profiles matching every filter given; an empty code or scheme 0 means any.
	 * The scheme filter counts only active certifications.
	 */
	@Query(value = """
			select p from ExpertProfile p where p.listed = true
			    and (:language = '' or :language member of p.languages)
			    and (:country = '' or :country member of p.countries)
			    and (:competence = '' or :competence member of p.competences)
			    and (:schemeId = 0 or exists (select c from TrainerCertification c where c.accountId = p.accountId
			        and c.schemeId = :schemeId and c.status = eu.dhso.lab.trainer.CertificationStatus.ACTIVE))
			order by lower(p.displayName), p.id""")
	Page<ExpertProfile> listed(String language, String country, String competence, long schemeId, Pageable page);

}
