package eu.dhso.skills.agents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ChangeAgents extends Repository<ChangeAgent, Long> {

	Optional<ChangeAgent> findById(Long id);

	List<ChangeAgent> findByOrganisationIdOrderByNamedAtDesc(Long organisationId);

	List<ChangeAgent> findByAccountIdOrderByNamedAtDesc(Long accountId);

	List<ChangeAgent> findByStatusOrderByOrganisationIdAscNamedAtAsc(AgentStatus status);

	boolean existsByOrganisationIdAndAccountIdAndStatusIn(Long organisationId, Long accountId,
			List<AgentStatus> statuses);

	ChangeAgent save(ChangeAgent agent);

}
