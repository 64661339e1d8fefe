package eu.dhso.skills.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.dhso.skills.CompetenceLevels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads self-rating answers of submitted attempts; nothing else of an attempt leaves. */
@Component
@Transactional(readOnly = true)
class SubmittedCompetenceLevels implements CompetenceLevels {

	private final JdbcClient jdbc;

	SubmittedCompetenceLevels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AssessedLevels> latestSubmittedBefore(Long accountId, Instant before) {
		return attempt("""
				select id, submitted_at from skills.assessment
				where account_id = :account and status = 'SUBMITTED' and submitted_at < :at
				order by submitted_at desc, id desc limit 1""", accountId, before);
	}

	@Override
	public Optional<AssessedLevels> firstSubmittedFrom(Long accountId, Instant from) {
		return attempt("""
				select id, submitted_at from skills.assessment
				where account_id = :account and status = 'SUBMITTED' and submitted_at >= :at
				order by submitted_at, id limit 1""", accountId, from);
	}

	private Optional<AssessedLevels> attempt(String sql, Long accountId, Instant at) {
		if (accountId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(sql)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> new Attempt(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.optional()
			.map((attempt) -> new AssessedLevels(attempt.id(), attempt.submittedAt(), levels(attempt.id())));
	}

	private Map<String, Integer> levels(long assessmentId) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.code, a.choice from skills.answer a
				join skills.assessment_item i on i.id = a.item_id
				join core.competence c on c.id = i.competence_id
				where a.assessment_id = :id and i.kind = 'SELF_RATING' order by i.sort_order""")
			.param("id", assessmentId)
			.query((rs) -> {
				levels.put(rs.getString(1), rs.getInt(2));
			});
		return levels;
	}

	private record Attempt(long id, Instant submittedAt) {
	}

}
