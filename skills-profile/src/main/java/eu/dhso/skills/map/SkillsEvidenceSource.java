package eu.dhso.skills.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.evidence.EvidenceSource;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.ProfessionNames;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.profile.RoleProfileMaintenance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skills-map cells and role profiles as citable evidence. A cell is cited with a closed
 * period and a framework version ({@link MapCellReference}), so its released figure is
 * the same whenever it is computed again; a suppressed cell has no figure to cite.
 */
@Component
class SkillsEvidenceSource implements EvidenceSource {

	private final SkillsMap map;

	private final CompetenceFramework framework;

	private final RoleProfileMaintenance profiles;

	private final Taxonomy taxonomy;

	private final DisclosureControl disclosure;

	private final ProfessionNames professionNames;

	SkillsEvidenceSource(SkillsMap map, CompetenceFramework framework, RoleProfileMaintenance profiles,
			Taxonomy taxonomy, DisclosureControl disclosure, ProfessionNames professionNames) {
		this.map = map;
		this.framework = framework;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.disclosure = disclosure;
		this.professionNames = professionNames;
	}

	/**
	 * A citation's title is frozen text in the content's language (English, as the
	 * framework's titles), naming the profession rather than its code.
	 */
	private String professionName(String code) {
		return this.professionNames.name(code, Locale.ENGLISH);
	}

	@Override
	public Set<EvidenceKind> kinds() {
		return Set.of(EvidenceKind.SKILLS_CELL, EvidenceKind.ROLE_PROFILE);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitedEvidence> resolve(EvidenceKind kind, String reference) {
		return (kind == EvidenceKind.ROLE_PROFILE) ? profile(reference) : cell(reference);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CitedEvidence> search(EvidenceKind kind, String text, int limit) {
		String query = text.toUpperCase(Locale.ROOT);
		List<CitedEvidence> found = new ArrayList<>();
		List<String> codes = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
		if (kind == EvidenceKind.ROLE_PROFILE) {
			codes.stream()
				.filter((code) -> code.contains(query))
				.forEach((code) -> profile(code).ifPresent(found::add));
			return found.stream().limit(limit).toList();
		}
		// A cell is found by profession code and competence code or title, e.g. "nurse
		// s1.2".
		FrameworkView view = this.framework.latestPublished().orElse(null);
		if (view == null) {
			return List.of();
		}
		String[] words = query.split("\\s+");
		// one map for the whole search: every cell offered is cited with the same filters
		SkillsMap.Heatmap heatmap = this.map.byCompetence(new MapFilter(view.id(), null, null, lastClosedYear()));
		for (String profession : codes) {
			for (CompetenceView competence : view.areas().stream().flatMap((a) -> a.competences().stream()).toList()) {
				String haystack = (profession + " " + competence.code() + " " + competence.title())
					.toUpperCase(Locale.ROOT);
				boolean all = true;
				for (String word : words) {
					all &= haystack.contains(word);
				}
				if (all && !heatmap.cell(profession, competence.id()).suppressed()) {
					cell(profession + "/" + competence.code()).ifPresent(found::add);
					if (found.size() >= limit) {
						return found;
					}
				}
			}
		}
		return found;
	}

	private Optional<CitedEvidence> profile(String profession) {
		return this.profiles.published(profession, null)
			.map((view) -> new CitedEvidence(EvidenceKind.ROLE_PROFILE, profession, professionName(profession),
					view.framework().label(), null, "/skills/profiles/" + profession));
	}

	private Optional<CitedEvidence> cell(String reference) {
		MapCellReference parsed = MapCellReference.parse(reference).orElse(null);
		if (parsed == null || !this.taxonomy.isProfession(parsed.profession())
				|| (parsed.country() != null && !this.taxonomy.isCountry(parsed.country()))) {
			return Optional.empty();
		}
		Optional<FrameworkView> version = (parsed.frameworkVersion() != null)
				? this.framework.version(parsed.frameworkVersion()).filter((v) -> v.publishedAt() != null)
				: this.framework.latestPublished();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		MapPeriod period = (parsed.period() != null) ? parsed.period() : lastClosedYear();
		if (period.lastMonth().plusMonths(1).atDay(1).isAfter(this.disclosure.releasedBefore())) {
			// the window is still open: its figure would move as people submit
			return Optional.empty();
		}
		CompetenceView competence = version.get()
			.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.filter((c) -> c.code().equals(parsed.competence()))
			.findFirst()
			.orElse(null);
		if (competence == null) {
			return Optional.empty();
		}
		MapCellReference pinned = new MapCellReference(parsed.profession(), competence.code(), period, parsed.country(),
				version.get().id());
		Cell cell = this.map.byCompetence(pinned.filter()).cell(pinned.profession(), competence.id());
		if (cell.suppressed()) {
			return Optional.empty();
		}
		String figure = String.format(Locale.ROOT, "%.1f (n=%d)", cell.meanLevel(), cell.respondents());
		String title = professionName(pinned.profession()) + " × " + competence.code() + " " + competence.title()
				+ " · " + period.code() + ((pinned.country() != null) ? " · " + pinned.country() : "");
		return Optional.of(new CitedEvidence(EvidenceKind.SKILLS_CELL, pinned.code(), title, version.get().label(),
				figure, pinned.href()));
	}

	/** The last calendar year that ended before the release boundary. */
	private MapPeriod lastClosedYear() {
		LocalDate boundary = this.disclosure.releasedBefore();
		return MapPeriod.ofYear(boundary.getYear() - 1);
	}

}
