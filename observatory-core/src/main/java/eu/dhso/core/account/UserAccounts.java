package eu.dhso.core.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface UserAccounts extends Repository<UserAccount, Long> {

	@EntityGraph(attributePaths = "organisation")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = "organisation")
	Optional<UserAccount> findById(Long id);

	@Query("select u.displayName from UserAccount u where u.id = :id")
	Optional<String> findDisplayNameById(Long id);

	boolean existsByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByEmailIgnoreCase(String email);

	@EntityGraph(attributePaths = "organisation")
	List<UserAccount> findAllByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = "organisation")
	@Query(value = """
			select u from UserAccount u left join u.organisation o
			where (:role is null or u.role = :role)
			and (:onlyWaiting = false or u.verifiedAt is null)
			and (:query = '' or lower(u.username) like lower(concat('%', :query, '%'))
			     or lower(u.displayName) like lower(concat('%', :query, '%'))
			     or lower(o.name) like lower(concat('%', :query, '%')))""", countQuery = """
			select count(u) from UserAccount u left join u.organisation o
			where (:role is null or u.role = :role)
			and (:onlyWaiting = false or u.verifiedAt is null)
			and (:query = '' or lower(u.username) like lower(concat('%', :query, '%'))
			     or lower(u.displayName) like lower(concat('%', :query, '%'))
			     or lower(o.name) like lower(concat('%', :query, '%')))""")
	Page<UserAccount> search(String query, Role role, boolean onlyWaiting, Pageable pageable);

	UserAccount save(UserAccount account);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	@EntityGraph(attributePaths = "organisation")
	List<UserAccount> findAllByRoleAndEnabledTrueOrderByDisplayNameAscIdAsc(Role role);

}
