package eu.dhso.core.taxonomy;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface Professions extends Repository<Profession, String> {

	List<Profession> findAllByOrderBySortOrder();

}
