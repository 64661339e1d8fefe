package eu.dhso.lab.expert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface FollowUpRequests extends Repository<FollowUpRequest, Long> {

	FollowUpRequest save(FollowUpRequest request);

	Optional<FollowUpRequest> findById(long id);

	List<FollowUpRequest> findTop50ByExpertAccountIdOrderBySentAtDesc(long expertAccountId);

	List<FollowUpRequest> findTop50ByRequesterAccountIdOrderBySentAtDesc(long requesterAccountId);

	long countByRequesterAccountIdAndStatus(long requesterAccountId, RequestStatus status);

	boolean existsByRequesterAccountIdAndProfileIdAndStatus(long requesterAccountId, long profileId,
			RequestStatus status);

}
