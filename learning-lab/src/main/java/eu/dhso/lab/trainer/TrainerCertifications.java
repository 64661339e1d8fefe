package eu.dhso.lab.trainer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TrainerCertifications extends Repository<TrainerCertification, Long> {

	TrainerCertification save(TrainerCertification certification);

	boolean existsByCertificateIdAndSchemeId(long certificateId, long schemeId);

	boolean existsByAccountIdAndSchemeIdAndStatus(long accountId, long schemeId, CertificationStatus status);

	List<TrainerCertification> findByCertificateId(long certificateId);

	List<TrainerCertification> findByAccountIdOrderByCertifiedAtDesc(long accountId);

	@Query("""
			select c from TrainerCertification c where c.accountId in :accounts
			    and c.status = eu.dhso.lab.trainer.CertificationStatus.ACTIVE order by c.certifiedAt""")
	List<TrainerCertification> activeOf(Collection<Long> accounts);

}
