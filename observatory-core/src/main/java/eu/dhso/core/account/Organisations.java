package eu.dhso.core.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Organisations extends Repository<Organisation, Long> {

	Optional<Organisation> findById(Long id);

	Optional<Organisation> findByName(String name);

	List<Organisation> findAllByOrderByName();

	Page<Organisation> findAll(Pageable pageable);

	@Query("select o.countryCode, count(o) from Organisation o group by o.countryCode order by o.countryCode")
	List<Object[]> countByCountry();

	Organisation save(Organisation organisation);

	long count();

}
