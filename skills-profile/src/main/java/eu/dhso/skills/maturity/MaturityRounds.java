package eu.dhso.skills.maturity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface MaturityRounds extends Repository<MaturityRound, Long> {

	Optional<MaturityRound> findById(Long id);

	Optional<MaturityRound> findByDemoKey(String demoKey);

	List<MaturityRound> findByOrganisationIdOrderByPeriodEndDescIdDesc(Long organisationId);

	List<MaturityRound> findAllByOrderByPeriodEndDescIdDesc();

	List<MaturityRound> findByStatusOrderByPeriodEndDescIdDesc(RoundStatus status);

	MaturityRound save(MaturityRound round);

}
