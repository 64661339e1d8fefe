package eu.dhso.guidelines.governance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SteeringCommittees extends Repository<SteeringCommittee, Long> {

	Optional<SteeringCommittee> findById(Long id);

	List<SteeringCommittee> findAllByOrderByCountryCodeAscRegionAscNameAsc();

	SteeringCommittee save(SteeringCommittee committee);

	void flush();

}
