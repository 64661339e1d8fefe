package eu.dhso.lab.trainer;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface TrainerOverrides extends Repository<TrainerOverride, Long> {

	TrainerOverride save(TrainerOverride override);

	List<TrainerOverride> findByCohortIdOrderByGrantedAt(long cohortId);

}
