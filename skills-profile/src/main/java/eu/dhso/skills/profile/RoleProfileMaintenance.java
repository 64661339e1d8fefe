package eu.dhso.skills.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and revises role profiles, always against one framework version. */
@Service
@Transactional(readOnly = true)
public class RoleProfileMaintenance {

	/**
	 * The version a form carries when saving it creates the profile, so two such saves
	 * conflict.
	 */
	public static final long NEW_PROFILE = -1;

	private final RoleProfiles profiles;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	private final AuditLog auditLog;

	RoleProfileMaintenance(RoleProfiles profiles, CompetenceFramework framework, Taxonomy taxonomy, AuditLog auditLog) {
		this.profiles = profiles;
		this.framework = framework;
		this.auditLog = auditLog;
		this.taxonomy = taxonomy;
	}

	/**
	 * The profile of a profession in the latest published framework; a care setting
	 * without a profile of its own falls back to the general one.
	 */
	public Optional<ProfileView> published(String profession, String careSetting) {
		return this.framework.latestPublished().flatMap((view) -> profile(view, profession, careSetting));
	}

	/** Expected levels per competence for a profession in a given framework version. */
	public Map<Long, Integer> expectedLevels(Long frameworkVersionId, String profession, String careSetting) {
		return find(frameworkVersionId, profession, careSetting).map(RoleProfile::getExpectedLevels).orElse(Map.of());
	}

	/** Profiles of the chosen professions side by side, in the order they were chosen. */
	public Optional<Comparison> compare(List<String> chosen) {
		return this.framework.latestPublished().map((view) -> {
			Map<String, Map<Long, Integer>> levels = new LinkedHashMap<>();
			chosen.stream()
				.distinct()
				.filter(this.taxonomy::isProfession)
				.forEach((p) -> levels.put(p, expectedLevels(view.id(), p, null)));
			return new Comparison(view, levels);
		});
	}

	/**
	 * Gives a profession its general profile in the latest published framework unless it
	 * has one with levels already (a profession added to the taxonomy after the starter
	 * profiles has none, or an empty one).
	 * @return whether the profile was written
	 */
	@Transactional
	public boolean startProfile(String profession, Map<Long, Integer> levels, String editor) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Optional<RoleProfile> general = this.profiles.findGeneral(view.id(), profession);
		if (general.isPresent() && !general.get().getExpectedLevels().isEmpty()) {
			return false;
		}
		revise(profession, null, levels, general.map(RoleProfile::getVersion).orElse(NEW_PROFILE), editor);
		return true;
	}

	@Transactional
	public void revise(String profession, String careSetting, Map<Long, Integer> levels, long expectedVersion,
			String editor) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		if (!this.taxonomy.isProfession(profession)
				|| (careSetting != null && !this.taxonomy.isCareSetting(careSetting))) {
			throw new IllegalArgumentException("Unknown profession or care setting");
		}
		List<Long> competences = view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::id)
			.toList();
		if (!levels.keySet().containsAll(competences) || !competences.containsAll(levels.keySet())) {
			throw new IllegalArgumentException("A level is needed for every competence of the framework");
		}
		RoleProfile profile = ((careSetting != null)
				? this.profiles.findForCareSetting(view.id(), profession, careSetting)
				: this.profiles.findGeneral(view.id(), profession))
			.orElseGet(() -> new RoleProfile(view.id(), profession, careSetting));
		long current = (profile.getId() != null) ? profile.getVersion() : NEW_PROFILE;
		if (current != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(RoleProfile.class, profession);
		}
		profile.revise(levels, editor);
		RoleProfile saved = this.profiles.save(profile);
		this.auditLog.record(editor, "roleProfile.revise", "RoleProfile", saved.getId(), "SUCCESS",
				"profession=" + profession + ((careSetting != null) ? ", careSetting=" + careSetting : "")
						+ ", framework=" + view.label());
	}

	private Optional<ProfileView> profile(FrameworkView view, String profession, String careSetting) {
		if (!this.taxonomy.isProfession(profession)) {
			return Optional.empty();
		}
		Optional<RoleProfile> own = (careSetting != null)
				? this.profiles.findForCareSetting(view.id(), profession, careSetting) : Optional.empty();
		Optional<RoleProfile> profile = own.or(() -> this.profiles.findGeneral(view.id(), profession));
		return Optional.of(new ProfileView(view, profession, careSetting, own.isPresent(),
				profile.map(RoleProfile::getExpectedLevels).orElse(Map.of()),
				own.or(() -> (careSetting == null) ? profile : Optional.empty())
					.map(RoleProfile::getVersion)
					.orElse(NEW_PROFILE),
				this.profiles.findCareSettingsWithOwnProfile(view.id(), profession)));
	}

	private Optional<RoleProfile> find(Long frameworkVersionId, String profession, String careSetting) {
		Optional<RoleProfile> own = (careSetting != null)
				? this.profiles.findForCareSetting(frameworkVersionId, profession, careSetting) : Optional.empty();
		return own.or(() -> this.profiles.findGeneral(frameworkVersionId, profession));
	}

	/**
	 * A profession's profile. {@code version} is the optimistic-lock version of the
	 * profile an edit of this page would change ({@link #NEW_PROFILE} when saving creates
	 * it).
	 */
	public record ProfileView(FrameworkView framework, String profession, String careSetting,
			boolean ownCareSettingProfile, Map<Long, Integer> levels, long version,
			List<String> careSettingsWithOwnProfile) {

		public Integer level(Long competenceId) {
			return this.levels.get(competenceId);
		}

	}

	public record Comparison(FrameworkView framework, Map<String, Map<Long, Integer>> levels) {

		public Integer level(String profession, Long competenceId) {
			return this.levels.get(profession).get(competenceId);
		}

	}

}
