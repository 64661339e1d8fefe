package eu.dhso.skills.profile;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The level a profession is expected to reach in each competence of one framework
 * version, optionally narrowed to one care setting.
 */
@Entity
@Table(schema = "skills", name = "role_profile")
public class RoleProfile {

	public static final int LOWEST_LEVEL = 1;

	public static final int HIGHEST_LEVEL = 4;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "framework_version_id")
	private Long frameworkVersionId;

	@Column(name = "profession_code")
	private String professionCode;

	@Column(name = "care_setting_code")
	private String careSettingCode;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "expected_level", joinColumns = @JoinColumn(name = "role_profile_id"))
	@MapKeyColumn(name = "competence_id")
	@Column(name = "level")
	private Map<Long, Integer> expectedLevels = new HashMap<>();

	protected RoleProfile() {
	}

	RoleProfile(Long frameworkVersionId, String professionCode, String careSettingCode) {
		this.frameworkVersionId = frameworkVersionId;
		this.professionCode = professionCode;
		this.careSettingCode = careSettingCode;
		this.updatedAt = Instant.now();
	}

	/** Replaces the expected levels; every level must lie on the framework's scale. */
	void revise(Map<Long, Integer> levels, String editor) {
		levels.forEach((competence, level) -> {
			if (level == null || level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
				throw new IllegalArgumentException("Level out of range for competence " + competence + ": " + level);
			}
		});
		this.expectedLevels.clear();
		this.expectedLevels.putAll(levels);
		this.updatedAt = Instant.now();
		this.updatedBy = editor;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFrameworkVersionId() {
		return this.frameworkVersionId;
	}

	public String getProfessionCode() {
		return this.professionCode;
	}

	public String getCareSettingCode() {
		return this.careSettingCode;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Map<Long, Integer> getExpectedLevels() {
		return Map.copyOf(this.expectedLevels);
	}

}
