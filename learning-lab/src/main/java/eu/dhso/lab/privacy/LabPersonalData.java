package eu.dhso.lab.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CompletionRule.Completion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's places in cohorts with their attendance, the activities they did, the
 * feedback they gave, their competence levels before and after, and whether they earned
 * the certificate; as a trainer, the cohorts, schemes and resources they created.
 */
@Component
class LabPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final CohortMembership membership;

	LabPersonalData(JdbcClient jdbc, CohortViews cohorts, CohortMembership membership) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.membership = membership;
	}

	@Override
	public String section() {
		return "learningLab";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Object export(DataSubject person) {
		List<PlaceLine> places = this.jdbc.sql("""
				select e.id, e.cohort_id, c.title, c.starts_on, c.ends_on, e.participant_name, e.status,
				       e.requested_at, e.enrolled_at
				from lab.enrolment e join lab.cohort c on c.id = e.cohort_id
				where e.account_id = ? order by c.starts_on, e.id""")
			.param(person.accountId())
			.query((rs, row) -> place(rs))
			.list();
		List<Titled> cohortsTrained = titled("""
				select c.id, c.title from lab.cohort c
				where c.created_by = ? or exists (select 1 from lab.cohort_trainer t
				                                  where t.cohort_id = c.id and t.account_id = ?)
				order by c.id""", person.accountId(), person.accountId());
		List<Titled> schemes = titled("select id, title from lab.scheme where created_by = ? order by id",
				person.accountId());
		List<Titled> resources = titled("select id, title from lab.resource where created_by = ? order by id",
				person.accountId());
		List<InvitationLine> invitations = this.jdbc.sql("""
				select i.cohort_id, c.title, i.invited_at, i.status, i.answered_at
				from lab.invitation i join lab.cohort c on c.id = i.cohort_id
				where i.account_id = ? order by i.invited_at, i.id""")
			.param(person.accountId())
			.query((rs, row) -> new InvitationLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), instant(rs.getTimestamp(5))))
			.list();
		ExpertLine expert = this.jdbc.sql("""
				select p.display_name, p.bio, p.availability, p.listed, p.consented_at,
				       array(select l.language from lab.expert_language l where l.profile_id = p.id order by 1),
				       array(select c.country_code from lab.expert_country c where c.profile_id = p.id order by 1),
				       array(select k.competence_code from lab.expert_competence k where k.profile_id = p.id order by 1)
				from lab.expert_profile p where p.account_id = ?""")
			.param(person.accountId())
			.query((rs, row) -> new ExpertLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					instant(rs.getTimestamp(5)), strings(rs.getArray(6)), strings(rs.getArray(7)),
					strings(rs.getArray(8))))
			.optional()
			.orElse(null);
		List<RequestLine> requests = this.jdbc.sql("""
				select case when r.requester_account_id = ? then 'SENT' else 'RECEIVED' end, r.requester_name,
				       r.organisation_name, r.subject, r.message, r.status, r.answer, r.sent_at, r.answered_at
				from lab.follow_up_request r
				where r.requester_account_id = ? or r.expert_account_id = ? order by r.sent_at, r.id""")
			.param(person.accountId())
			.param(person.accountId())
			.param(person.accountId())
			.query((rs, row) -> new RequestLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
					instant(rs.getTimestamp(9))))
			.list();
		List<CertificationLine> certifications = this.jdbc.sql("""
				select t.scheme_id, s.title, t.status, t.certified_at, t.revoked_at, t.revoked_reason
				from lab.trainer_certification t join lab.scheme s on s.id = t.scheme_id
				where t.account_id = ? order by t.certified_at, t.id""")
			.param(person.accountId())
			.query((rs, row) -> new CertificationLine(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), rs.getString(6)))
			.list();
		return new LabSection(places, invitations, cohortsTrained, schemes, resources, expert, requests,
				certifications);
	}

	/**
	 * Free text they wrote goes. Places in cohorts that ran stay for the cohort's
	 * evaluation (attendance, ratings, levels), moved to the stand-in account under its
	 * name, so they no longer lead to the person.
	 */
	@Override
	public void erase(DataSubject person, Replacement replacement) {
		this.membership.releasePlacesOfErasedAccount(person.accountId());
		this.jdbc.sql("delete from lab.invitation where account_id = ?").param(person.accountId()).update();
		this.jdbc.sql("""
				update lab.feedback f set comment = null
				from lab.enrolment e where e.id = f.enrolment_id and e.account_id = ?""")
			.param(person.accountId())
			.update();
		this.jdbc.sql("""
				update lab.enrolment set account_id = :standIn, participant_name = :name
				where account_id = :account""")
			.param("standIn", replacement.standInAccountId())
			.param("name", replacement.standInName())
			.param("account", person.accountId())
			.update();
		// the expert profile and every follow-up request the person sent or received go:
		// they were about the person and between two people only
		this.jdbc.sql("delete from lab.follow_up_request where requester_account_id = ? or expert_account_id = ?")
			.param(person.accountId())
			.param(person.accountId())
			.update();
		this.jdbc.sql("delete from lab.expert_profile where account_id = ?").param(person.accountId()).update();
	}

	private static List<String> strings(java.sql.Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private PlaceLine place(ResultSet rs) throws SQLException {
		long enrolmentId = rs.getLong("id");
		long cohortId = rs.getLong("cohort_id");
		List<AttendanceLine> attendance = this.jdbc.sql("""
				select s.title, s.starts_at, a.present from lab.attendance a
				join lab.cohort_session s on s.id = a.session_id where a.enrolment_id = ? order by s.starts_at""")
			.param(enrolmentId)
			.query((r, n) -> new AttendanceLine(r.getString(1), r.getTimestamp(2).toInstant(), r.getBoolean(3)))
			.list();
		List<String> activitiesDone = this.jdbc
			.sql("select module_id || ':' || activity_no from lab.activity_done where enrolment_id = ? order by 1")
			.param(enrolmentId)
			.query(String.class)
			.list();
		List<FeedbackLine> feedback = this.jdbc.sql("""
				select f.id, f.module_id, f.relevance, f.clarity, f.applicability, f.facilitation, f.overall,
				       f.comment, f.submitted_at
				from lab.feedback f where f.enrolment_id = ? order by f.submitted_at""")
			.param(enrolmentId)
			.query((r, n) -> new FeedbackLine(r.getLong("module_id"), r.getInt("relevance"), r.getInt("clarity"),
					r.getInt("applicability"), r.getInt("facilitation"), r.getInt("overall"), r.getString("comment"),
					r.getTimestamp("submitted_at").toInstant(), activityRatings(r.getLong("id"))))
			.list();
		List<LevelLine> levels = this.jdbc.sql("""
				select phase, competence_code, level, assessed_at from lab.competence_result
				where enrolment_id = ? order by phase desc, competence_code""")
			.param(enrolmentId)
			.query((r, n) -> new LevelLine(r.getString(1), r.getString(2), r.getInt(3), r.getTimestamp(4).toInstant()))
			.list();
		Completion completion = this.cohorts.completion(this.cohorts.require(cohortId)).get(enrolmentId);
		return new PlaceLine(cohortId, rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("participant_name"), rs.getString("status"),
				rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("enrolled_at")), attendance,
				activitiesDone, feedback, levels,
				(completion != null) ? new CertificateLine(completion.completed(), completion.attendancePercent(),
						completion.activitiesDone(), completion.activitiesRequired()) : null);
	}

	private Map<String, Integer> activityRatings(long feedbackId) {
		return this.jdbc.sql("select activity_type, rating from lab.feedback_activity where feedback_id = ?")
			.param(feedbackId)
			.query((rs) -> {
				Map<String, Integer> ratings = new TreeMap<>();
				while (rs.next()) {
					ratings.put(rs.getString(1), rs.getInt(2));
				}
				return ratings;
			});
	}

	private List<Titled> titled(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query((rs, row) -> new Titled(rs.getLong(1), rs.getString(2))).list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record InvitationLine(long cohortId, String cohort, Instant invitedAt, String status, Instant answeredAt) {
	}

	record LabSection(List<PlaceLine> cohortPlaces, List<InvitationLine> invitations, List<Titled> cohortsTrained,
			List<Titled> schemesCreated, List<Titled> resourcesCreated, ExpertLine expertProfile,
			List<RequestLine> followUpRequests, List<CertificationLine> trainerCertifications) {
	}

	record PlaceLine(long cohortId, String cohort, LocalDate startsOn, LocalDate endsOn, String nameOnRoster,
			String status, Instant requestedAt, Instant enrolledAt, List<AttendanceLine> attendance,
			List<String> activitiesDone, List<FeedbackLine> feedback, List<LevelLine> competenceLevels,
			CertificateLine certificate) {
	}

	record AttendanceLine(String session, Instant startsAt, boolean present) {
	}

	record FeedbackLine(long moduleId, int relevance, int clarity, int applicability, int facilitation, int overall,
			String comment, Instant submittedAt, Map<String, Integer> activityRatings) {
	}

	record LevelLine(String phase, String competence, int level, Instant assessedAt) {
	}

	record CertificateLine(boolean earned, int attendancePercent, int activitiesDone, int activitiesRequired) {
	}

	/** The person's entry in the expert directory, listed or not. */
	record ExpertLine(String displayName, String bio, String availability, boolean listed, Instant consentedAt,
			List<String> languages, List<String> countries, List<String> competences) {
	}

	/** A follow-up request the person sent or, as an expert, received. */
	record RequestLine(String direction, String requester, String organisation, String subject, String message,
			String status, String answer, Instant sentAt, Instant answeredAt) {
	}

	record CertificationLine(long schemeId, String scheme, String status, Instant certifiedAt, Instant revokedAt,
			String revokedReason) {
	}

	record Titled(long id, String title) {
	}

}
