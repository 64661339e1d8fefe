package eu.dhso.guidelines.planning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TrainingPlans extends Repository<TrainingPlan, Long> {

	Optional<TrainingPlan> findById(Long id);

	List<TrainingPlan> findAllByOrderByCountryCodeAscRegionAscStartsOnDesc();

	List<TrainingPlan> findByStatusInOrderByCountryCodeAscRegionAscStartsOnDesc(Collection<PlanStatus> statuses);

	TrainingPlan save(TrainingPlan plan);

	void flush();

}
