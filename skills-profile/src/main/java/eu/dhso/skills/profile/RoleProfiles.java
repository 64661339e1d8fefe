package eu.dhso.skills.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoleProfiles extends Repository<RoleProfile, Long> {

	@EntityGraph(attributePaths = "expectedLevels")
	@Query("""
			select p from RoleProfile p where p.frameworkVersionId = :versionId and p.professionCode = :profession
			and p.careSettingCode is null""")
	Optional<RoleProfile> findGeneral(Long versionId, String profession);

	@EntityGraph(attributePaths = "expectedLevels")
	@Query("""
			select p from RoleProfile p where p.frameworkVersionId = :versionId and p.professionCode = :profession
			and p.careSettingCode = :careSetting""")
	Optional<RoleProfile> findForCareSetting(Long versionId, String profession, String careSetting);

	@Query("""
			select p.careSettingCode from RoleProfile p where p.frameworkVersionId = :versionId
			and p.professionCode = :profession and p.careSettingCode is not null order by p.careSettingCode""")
	List<String> findCareSettingsWithOwnProfile(Long versionId, String profession);

	RoleProfile save(RoleProfile profile);

}
