package eu.dhso.lab.mentoring;

import java.sql.Array;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.core.directory.People;
import eu.dhso.core.verification.VerifiedCompetenceSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The levels a professional reached through completed work-based learning plans: each
 * signed-off activity's target level for its competences, verified by the plan's mentor
 * on the day of the sign-off. Per competence the highest level counts, and of equal ones
 * the latest. Read as rows, not as plans: the professional's own page asks on every
 * visit.
 */
@Component
class MentorVerifiedLevels implements VerifiedCompetenceSource {

	private final JdbcClient jdbc;

	private final People people;

	MentorVerifiedLevels(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public List<VerifiedCompetence> verifiedFor(long accountId) {
		Map<String, VerifiedCompetence> best = new TreeMap<>();
		Map<Long, String> mentors = new HashMap<>();
		Comparator<VerifiedCompetence> order = Comparator.comparingInt(VerifiedCompetence::level)
			.thenComparing(VerifiedCompetence::verifiedOn);
		this.jdbc.sql("""
				select p.mentor_id, a.competences, a.target_level, a.signed_off_at
				from lab.mentoring_plan p join lab.mentoring_activity a on a.plan_id = p.id
				where p.professional_id = ? and p.status = 'COMPLETED' and a.status = 'SIGNED_OFF'
				order by p.completed_at, p.id, a.id""").param(accountId).query((rs) -> {
			String mentor = mentors.computeIfAbsent(rs.getLong(1), (id) -> this.people.displayName(id).orElse(""));
			Array competences = rs.getArray(2);
			int level = rs.getInt(3);
			LocalDate signedOn = rs.getTimestamp(4).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			if (competences == null) {
				return;
			}
			for (String code : (String[]) competences.getArray()) {
				VerifiedCompetence candidate = new VerifiedCompetence(code, level, mentor, signedOn);
				best.merge(code, candidate, (a, b) -> (order.compare(b, a) >= 0) ? b : a);
			}
		});
		return List.copyOf(best.values());
	}

}
