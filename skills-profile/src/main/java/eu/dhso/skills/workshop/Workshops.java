package eu.dhso.skills.workshop;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Workshops extends Repository<Workshop, Long> {

	Optional<Workshop> findById(Long id);

	@Query(value = """
			select w from Workshop w where w.status = eu.dhso.skills.workshop.WorkshopStatus.PUBLISHED
			and (:country is null or w.countryCode = :country)
			and (:profession is null or exists (select 1 from Workshop o join o.participants p
			    where o = w and key(p) = :profession))
			order by w.heldOn desc, w.id desc""", countQuery = """
			select count(w) from Workshop w where w.status = eu.dhso.skills.workshop.WorkshopStatus.PUBLISHED
			and (:country is null or w.countryCode = :country)
			and (:profession is null or exists (select 1 from Workshop o join o.participants p
			    where o = w and key(p) = :profession))""")
	Page<Workshop> findPublished(String country, String profession, Pageable pageable);

	List<Workshop> findByStatusOrderByHeldOnDescIdDesc(WorkshopStatus status);

	List<Workshop> findByOrganisationIdAndStatusOrderByUpdatedAtDesc(Long organisationId, WorkshopStatus status);

	boolean existsByTitle(String title);

	Workshop save(Workshop workshop);

}
