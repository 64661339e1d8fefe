package eu.dhso.lab.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's work-based learning plans: as a professional with their activities and the
 * evidence they logged, as a mentor with the activities and their decisions. Erasure
 * removes the evidence and the mentor's remarks about the person, ends open plans, and
 * hands the completed ones to the stand-in account so the indicators keep their size.
 */
@Component
class MentoringPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	MentoringPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "workBasedLearning";
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public Object export(DataSubject person) {
		return this.jdbc.sql("""
				select id, title, goal, case when professional_id = :a then 'PROFESSIONAL' else 'MENTOR' end, status,
				       proposed_at, agreed_at, completed_at, cancelled_at
				from lab.mentoring_plan where professional_id = :a or mentor_id = :a order by id""")
			.param("a", person.accountId())
			.query((rs, n) -> new PlanLine(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
					instant(rs.getTimestamp(9)), activities(rs.getLong(1), "PROFESSIONAL".equals(rs.getString(4)))))
			.list();
	}

	private List<ActivityLine> activities(long planId, boolean own) {
		return this.jdbc.sql("""
				select id, title, competences, target_level, due_on, status, signed_off_at, return_reason
				from lab.mentoring_activity where plan_id = :p order by id""")
			.param("p", planId)
			.query((rs, n) -> new ActivityLine(rs.getString(2), List.of((String[]) rs.getArray(3).getArray()),
					rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getString(6), instant(rs.getTimestamp(7)),
					rs.getString(8), own ? evidence(rs.getLong(1)) : List.of()))
			.list();
	}

	private List<EvidenceLine> evidence(long activityId) {
		return this.jdbc.sql("""
				select note, file_name, logged_at from lab.mentoring_evidence where activity_id = :a order by id""")
			.param("a", activityId)
			.query((rs, n) -> new EvidenceLine(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	@Override
	public void erase(DataSubject person, Replacement replacement) {
		long account = person.accountId();
		this.jdbc.sql("""
				delete from lab.mentoring_evidence where activity_id in (select a.id from lab.mentoring_activity a
				    join lab.mentoring_plan p on p.id = a.plan_id where p.professional_id = :a)""")
			.param("a", account)
			.update();
		this.jdbc.sql("""
				update lab.mentoring_activity set return_reason = null
				where plan_id in (select id from lab.mentoring_plan where professional_id = :a)""")
			.param("a", account)
			.update();
		this.jdbc.sql("""
				update lab.mentoring_plan set status = 'CANCELLED', cancelled_at = now(), cancelled_by = :a,
				    updated_at = now(), version = version + 1
				where (professional_id = :a or mentor_id = :a) and status in ('PROPOSED', 'AGREED')""")
			.param("a", account)
			.update();
		// both parties erased: the stand-in cannot be on both sides of one plan
		this.jdbc.sql("""
				delete from lab.mentoring_plan where (professional_id = :a and mentor_id = :s)
				    or (mentor_id = :a and professional_id = :s)""")
			.param("a", account)
			.param("s", replacement.standInAccountId())
			.update();
		this.jdbc.sql("""
				update lab.mentoring_plan set
				    professional_id = case when professional_id = :a then :s else professional_id end,
				    mentor_id = case when mentor_id = :a then :s else mentor_id end,
				    proposed_by = case when proposed_by = :a then :s else proposed_by end,
				    cancelled_by = case when cancelled_by = :a then :s else cancelled_by end,
				    goal = case when professional_id = :a then null else goal end
				where professional_id = :a or mentor_id = :a""")
			.param("a", account)
			.param("s", replacement.standInAccountId())
			.update();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record PlanLine(String title, String goal, String asRole, String status, Instant proposedAt, Instant agreedAt,
			Instant completedAt, Instant cancelledAt, List<ActivityLine> activities) {
	}

	record ActivityLine(String title, List<String> competences, int targetLevel, LocalDate dueOn, String status,
			Instant signedOffAt, String returnReason, List<EvidenceLine> evidence) {
	}

	record EvidenceLine(String note, String fileName, Instant loggedAt) {
	}

}
