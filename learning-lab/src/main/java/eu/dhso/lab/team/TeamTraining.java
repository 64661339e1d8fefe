package eu.dhso.lab.team;

import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.skills.TeamMaturity;
import eu.dhso.skills.TeamMaturity.DimensionLevel;
import eu.dhso.skills.TeamMaturity.TeamProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training for a team rather than a person: the weakest dimensions of the organisation's
 * latest released maturity profile, each with the published modules whose learning
 * outcomes address the framework competences mapped to that dimension (most matching
 * competences first).
 */
@Service
@Transactional(readOnly = true)
public class TeamTraining {

	/** Dimensions recommended for. */
	static final int WEAKEST = 3;

	/** Modules per dimension. */
	static final int MODULES = 4;

	private final TeamMaturity maturity;

	private final JdbcClient jdbc;

	private final SchemeTranslating translating;

	TeamTraining(TeamMaturity maturity, JdbcClient jdbc, SchemeTranslating translating) {
		this.maturity = maturity;
		this.jdbc = jdbc;
		this.translating = translating;
	}

	/**
	 * Empty when the organisation has no released profile.
	 * @throws AccessDeniedException unless the person manages the organisation
	 */
	public Optional<TeamRecommendations> recommend(ObservatoryUser user, Long organisationId) {
		if (!this.maturity.mayView(user, organisationId)) {
			throw new AccessDeniedException("Only the organisation's managers see its team profile");
		}
		return this.maturity.latestProfile(organisationId).map(this::recommend);
	}

	TeamRecommendations recommend(TeamProfile profile) {
		SchemeTranslating.Titles titles = this.translating.titles(ContentLanguage.current());
		List<DimensionTraining> dimensions = profile.weakest(WEAKEST)
			.stream()
			.map((dimension) -> new DimensionTraining(dimension, modules(dimension, titles)))
			.toList();
		return new TeamRecommendations(profile, dimensions);
	}

	private List<TrainingModule> modules(DimensionLevel dimension, SchemeTranslating.Titles titles) {
		return this.jdbc.sql("""
				select m.module_id, m.codes, c.title, c.summary from (
				    select module_id, array_agg(distinct competence_code order by competence_code) as codes
				    from lab.published_outcome where competence_code = any (:codes::varchar[]) group by module_id
				) m join lab.catalogue_item c on c.kind = 'module' and c.ref_id = m.module_id
				order by cardinality(m.codes) desc, c.title, m.module_id limit :limit""")
			.param("codes", dimension.competenceCodes().toArray(String[]::new))
			.param("limit", MODULES)
			.query((rs, row) -> new TrainingModule(rs.getLong("module_id"),
					titles.module(rs.getLong("module_id"), rs.getString("title")), rs.getString("summary"),
					List.of((String[]) rs.getArray("codes").getArray())))
			.list();
	}

	public record TeamRecommendations(TeamProfile profile, List<DimensionTraining> dimensions) {
	}

	public record DimensionTraining(DimensionLevel dimension, List<TrainingModule> modules) {
	}

	public record TrainingModule(long id, String title, String summary, List<String> competenceCodes) {

		public String link() {
			return "/lab/modules/" + this.id;
		}

	}

}
