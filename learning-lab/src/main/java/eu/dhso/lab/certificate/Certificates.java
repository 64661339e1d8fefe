package eu.dhso.lab.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Certificates extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByCode(String code);

	Optional<Certificate> findByCohortIdAndAccountId(long cohortId, long accountId);

	List<Certificate> findByCohortIdOrderByHolderNameAsc(long cohortId);

}
