package eu.dhso.cases.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface Criteria extends Repository<Criterion, String> {

	List<Criterion> findByActiveTrueOrderBySortOrder();

}
