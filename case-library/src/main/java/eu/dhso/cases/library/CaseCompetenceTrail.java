package eu.dhso.cases.library;

import java.util.List;

import eu.dhso.cases.PublishedCase;
import eu.dhso.core.trail.CompetenceTrail;
import eu.dhso.core.trail.CompetenceTrail.CaseEvidence;
import eu.dhso.core.trail.CompetenceTrailSource;
import eu.dhso.core.trail.TrailCompetence;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published cases that need a competence, from the public library's projection (so
 * consent scopes already apply), newest first.
 */
@Component
class CaseCompetenceTrail implements CompetenceTrailSource {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CaseCompetenceTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public CompetenceTrail trail(TrailCompetence competence) {
		List<CaseEvidence> cases = this.jdbc.sql("""
				select content from cases.published_case where :code = any (competences)
				order by published_at desc, case_id desc""")
			.param("code", competence.code())
			.query(String.class)
			.list()
			.stream()
			.map((content) -> evidence(this.json.readValue(content, PublishedCase.class), competence.code()))
			.toList();
		return CompetenceTrail.ofCases(cases);
	}

	private static CaseEvidence evidence(PublishedCase published, String code) {
		int importance = published.skills()
			.stream()
			.filter((s) -> code.equals(s.competenceCode()))
			.mapToInt(PublishedCase.Skill::importance)
			.max()
			.orElse(1);
		return new CaseEvidence(published.id(), published.title(), "/cases/" + published.id(), published.countryCode(),
				published.technologies(), importance);
	}

}
