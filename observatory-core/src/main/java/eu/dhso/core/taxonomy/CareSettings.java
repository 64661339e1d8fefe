package eu.dhso.core.taxonomy;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CareSettings extends Repository<CareSetting, String> {

	List<CareSetting> findAllByOrderBySortOrder();

}
