package eu.dhso.skills.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.skills.CompetenceLevels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads self-rating answers of submitted attempts; nothing else of an attempt leaves. */
@Component
@Transactional(readOnly = true)
class SubmittedCompetenceLevels implements CompetenceLevels {

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	SubmittedCompetenceLevels(JdbcClient jdbc, CompetenceFramework framework) {
		this.jdbc = jdbc;
		this.framework = framework;
	}

	@Override
	public Optional<AssessedLevels> latestSubmittedBefore(Long accountId, Instant before) {
		return attempt("""
				select a.id, a.submitted_at, i.framework_version_id from skills.assessment a
				join skills.instrument i on i.id = a.instrument_id
				where a.account_id = :account and a.status = 'SUBMITTED' and a.submitted_at < :at
				order by a.submitted_at desc, a.id desc limit 1""", accountId, before);
	}

	@Override
	public Optional<AssessedLevels> firstSubmittedFrom(Long accountId, Instant from) {
		return attempt("""
				select a.id, a.submitted_at, i.framework_version_id from skills.assessment a
				join skills.instrument i on i.id = a.instrument_id
				where a.account_id = :account and a.status = 'SUBMITTED' and a.submitted_at >= :at
				order by a.submitted_at, a.id limit 1""", accountId, from);
	}

	private Optional<AssessedLevels> attempt(String sql, Long accountId, Instant at) {
		if (accountId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(sql)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> new Attempt(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3)))
			.optional()
			.map((attempt) -> new AssessedLevels(attempt.id(), attempt.submittedAt(), levels(attempt)));
	}

	private Map<String, Integer> levels(Attempt attempt) {
		// Competence codes come from core's framework, read once per version, not joined.
		Map<Long, String> codes = new HashMap<>();
		this.framework.version(attempt.frameworkVersionId())
			.ifPresent((view) -> view.areas()
				.forEach((area) -> area.competences().forEach((CompetenceView c) -> codes.put(c.id(), c.code()))));
		Map<String, Integer> levels = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.competence_id, a.choice from skills.answer a
				join skills.assessment_item i on i.id = a.item_id
				where a.assessment_id = :id and i.kind = 'SELF_RATING' order by i.sort_order""")
			.param("id", attempt.id())
			.query((rs) -> {
				levels.put(codes.get(rs.getLong(1)), rs.getInt(2));
			});
		return levels;
	}

	private record Attempt(long id, Instant submittedAt, long frameworkVersionId) {
	}

}
