package eu.dhso.guidelines.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface NetworkMembers extends Repository<NetworkMember, Long> {

	Optional<NetworkMember> findById(Long id);

	boolean existsByNameIgnoreCase(String name);

	List<NetworkMember> findByStatusOrderByName(MemberStatus status);

	List<NetworkMember> findAllByOrderByCreatedAtDesc();

	long countByStatus(MemberStatus status);

	NetworkMember save(NetworkMember member);

	/** Writes pending changes now, so new pledges get their ids. */
	void flush();

}
