package eu.dhso.skills.rater;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RaterInvitations extends Repository<RaterInvitation, Long> {

	Optional<RaterInvitation> findByTokenHash(String tokenHash);

	List<RaterInvitation> findByAccountIdOrderByCreatedAtDesc(Long accountId);

	@EntityGraph(attributePaths = "ratings")
	@Query("select i from RaterInvitation i where i.accountId = :accountId and i.answeredAt is not null")
	List<RaterInvitation> findAnswered(Long accountId);

	RaterInvitation save(RaterInvitation invitation);

}
