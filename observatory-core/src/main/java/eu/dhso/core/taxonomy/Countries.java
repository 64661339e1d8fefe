package eu.dhso.core.taxonomy;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface Countries extends Repository<Country, String> {

	List<Country> findAllByOrderBySortOrder();

}
