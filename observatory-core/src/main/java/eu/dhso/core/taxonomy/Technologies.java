package eu.dhso.core.taxonomy;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface Technologies extends Repository<Technology, String> {

	List<Technology> findAllByOrderBySortOrder();

}
