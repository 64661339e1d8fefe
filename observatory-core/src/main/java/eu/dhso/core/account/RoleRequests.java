package eu.dhso.core.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface RoleRequests extends Repository<RoleRequest, Long> {

	RoleRequest save(RoleRequest request);

	@EntityGraph(attributePaths = { "account", "organisation" })
	List<RoleRequest> findTop50ByStatusOrderByRequestedAt(RoleRequestStatus status);

	@EntityGraph(attributePaths = { "account", "organisation" })
	Optional<RoleRequest> findFirstByAccountIdOrderByRequestedAtDesc(Long accountId);

	@EntityGraph(attributePaths = { "account", "organisation" })
	Optional<RoleRequest> findByAccountIdAndStatus(Long accountId, RoleRequestStatus status);

	long countByStatus(RoleRequestStatus status);

	List<RoleRequest> findAllByAccountId(Long accountId);

	void deleteAllByAccountId(Long accountId);

}
