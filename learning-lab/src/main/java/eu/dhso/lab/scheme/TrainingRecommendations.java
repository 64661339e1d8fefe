package eu.dhso.lab.scheme;

import java.util.List;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.skills.LearningRecommendations;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the skills profile's recommendations with published training: modules with a
 * learning outcome on the gap's competence at or above the next level, the closest level
 * first. Asked before the framework-descriptor fallback.
 */
@Component
@Order(0)
class TrainingRecommendations implements LearningRecommendations {

	static final int LIMIT = 3;

	private final JdbcClient jdbc;

	private final SchemeTranslating translating;

	TrainingRecommendations(JdbcClient jdbc, SchemeTranslating translating) {
		this.jdbc = jdbc;
		this.translating = translating;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recommendation> recommend(CompetenceGap gap) {
		if (gap.competenceCode() == null) {
			return List.of();
		}
		// module titles in the reader's language where translated
		SchemeTranslating.Titles titles = this.translating.titles(ContentLanguage.current());
		return this.jdbc.sql("""
				select m.module_id, m.level, c.title, c.summary from (
				    select module_id, min(target_level) as level from lab.published_outcome
				    where competence_code = :code and target_level >= :next group by module_id
				) m join lab.catalogue_item c on c.kind = 'module' and c.ref_id = m.module_id
				order by m.level, c.title, m.module_id limit :limit""")
			.param("code", gap.competenceCode())
			.param("next", gap.assessedLevel() + 1)
			.param("limit", LIMIT)
			.query((rs, row) -> new Recommendation(titles.module(rs.getLong("module_id"), rs.getString("title")),
					shorten(rs.getString("summary")), "/lab/modules/" + rs.getLong("module_id")))
			.list();
	}

	static String shorten(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		if (stripped.length() <= 240) {
			return stripped;
		}
		int cut = stripped.lastIndexOf(' ', 239);
		return stripped.substring(0, (cut > 120) ? cut : 239) + "…";
	}

}
