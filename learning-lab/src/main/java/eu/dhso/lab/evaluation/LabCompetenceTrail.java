package eu.dhso.lab.evaluation;

import java.util.List;

import eu.dhso.core.disclosure.Released;
import eu.dhso.core.trail.CompetenceTrail;
import eu.dhso.core.trail.CompetenceTrail.TrainingOffer;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.trail.CompetenceTrailSource;
import eu.dhso.core.trail.TrailCompetence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published training schemes, modules and resources that address a competence (the
 * catalogue's own rows), schemes with the gain their cohorts measured on it.
 */
@Component
class LabCompetenceTrail implements CompetenceTrailSource {

	private final JdbcClient jdbc;

	private final PilotEvaluation evaluation;

	private final SchemeTranslating translating;

	LabCompetenceTrail(JdbcClient jdbc, PilotEvaluation evaluation, SchemeTranslating translating) {
		this.jdbc = jdbc;
		this.translating = translating;
		this.evaluation = evaluation;
	}

	@Override
	@Transactional(readOnly = true)
	public CompetenceTrail trail(TrailCompetence competence) {
		// scheme and module titles in the reader's language, marked where still English
		SchemeTranslating.Titles titles = this.translating.titles(ContentLanguage.current());
		List<TrainingOffer> offers = this.jdbc.sql("""
				select kind, ref_id, title, link from lab.catalogue_item where :code = any (competences)
				order by case kind when 'scheme' then 0 when 'module' then 1 else 2 end, lower(title), ref_id""")
			.param("code", competence.code())
			.query((rs, row) -> new Item(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list()
			.stream()
			.map((item) -> new TrainingOffer(item.kind(), titles.ofLink(item.link(), item.title()), item.link(),
					"scheme".equals(item.kind()) ? this.evaluation.competenceGain(item.id(), competence.code())
							: Released.suppressed(),
					titles.englishByLink(item.link(), item.title())))
			.toList();
		return CompetenceTrail.ofTraining(offers);
	}

	private record Item(String kind, long id, String title, String link) {
	}

}
