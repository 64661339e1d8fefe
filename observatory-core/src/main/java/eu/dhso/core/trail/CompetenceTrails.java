package eu.dhso.core.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.trail.CompetenceTrail.AssessedGroup;
import eu.dhso.core.trail.CompetenceTrail.CaseEvidence;
import eu.dhso.core.trail.CompetenceTrail.ExpectedLevel;

import org.springframework.stereotype.Service;

/**
 * Assembles a competence's trail from every module's {@link CompetenceTrailSource}. The
 * demand-vs-supply gap of a profession is its role profile's expected level minus the
 * released median self-assessed level of all its people (every country), so the page
 * shows the same figure as the demand-vs-supply grid's competence cell.
 */
@Service
public class CompetenceTrails {

	private final CompetenceFramework framework;

	private final List<CompetenceTrailSource> sources;

	CompetenceTrails(CompetenceFramework framework, List<CompetenceTrailSource> sources) {
		this.framework = framework;
		this.sources = sources;
	}

	/** The trail of a competence of the latest published framework, if it has one. */
	public Optional<Trail> of(String code) {
		FrameworkView view = this.framework.latestPublished().orElse(null);
		if (view == null) {
			return Optional.empty();
		}
		for (AreaView area : view.areas()) {
			for (CompetenceView competence : area.competences()) {
				if (competence.code().equals(code)) {
					TrailCompetence asked = new TrailCompetence(view.id(), competence.id(), competence.code(),
							area.code(), area.competences().stream().map(CompetenceView::id).toList());
					CompetenceTrail trail = CompetenceTrail.empty();
					for (CompetenceTrailSource source : this.sources) {
						trail = trail.plus(source.trail(asked));
					}
					return Optional.of(new Trail(view, area, competence, trail));
				}
			}
		}
		return Optional.empty();
	}

	/** A competence with everything the observatory holds about it. */
	public record Trail(FrameworkView framework, AreaView area, CompetenceView competence, CompetenceTrail evidence) {

		/** Published cases per technology, most first. */
		public Map<String, Long> casesByTechnology() {
			Map<String, Long> counts = new TreeMap<>();
			for (CaseEvidence c : this.evidence.cases()) {
				c.technologies().forEach((t) -> counts.merge(t, 1L, Long::sum));
			}
			return mostFirst(counts);
		}

		/** Published cases per country, most first. */
		public Map<String, Long> casesByCountry() {
			Map<String, Long> counts = new TreeMap<>();
			this.evidence.cases().forEach((c) -> counts.merge(c.countryCode(), 1L, Long::sum));
			return mostFirst(counts);
		}

		/**
		 * One row per profession with an expected level or released figures: demand,
		 * supply and gap over all countries.
		 */
		public List<ProfessionGap> gaps() {
			Map<String, Integer> expected = new LinkedHashMap<>();
			this.evidence.expectedLevels().forEach((e) -> expected.put(e.profession(), e.level()));
			Map<String, AssessedGroup> all = new LinkedHashMap<>();
			this.evidence.assessedGroups()
				.stream()
				.filter((g) -> g.country() == null)
				.forEach((g) -> all.put(g.profession(), g));
			List<String> professions = new ArrayList<>(expected.keySet());
			all.keySet().stream().filter((p) -> !expected.containsKey(p)).forEach(professions::add);
			return professions.stream().map((p) -> new ProfessionGap(p, expected.get(p), all.get(p))).toList();
		}

		/**
		 * Groups of one profession in one country, in the source's order (the taxonomy's
		 * professions, then countries).
		 */
		public List<AssessedGroup> countryGroups() {
			return this.evidence.assessedGroups().stream().filter((g) -> g.country() != null).toList();
		}

		public List<ExpectedLevel> expectedLevels() {
			return this.evidence.expectedLevels();
		}

		private static Map<String, Long> mostFirst(Map<String, Long> counts) {
			Map<String, Long> sorted = new LinkedHashMap<>();
			counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
			return sorted;
		}

	}

	/**
	 * @param expected the role profile's level, or null when it sets none
	 * @param supply the released figures of all the profession's people, or null when
	 * nobody assessed
	 */
	public record ProfessionGap(String profession, Integer expected, AssessedGroup supply) {

		public boolean supplyShown() {
			return this.supply != null && this.supply.medianLevel().shown();
		}

		/** Expected minus median level; null when either is missing or suppressed. */
		public Double gap() {
			return (this.expected == null || !supplyShown()) ? null : this.expected - this.supply.medianLevel().value();
		}

	}

}
