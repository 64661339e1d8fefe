package eu.dhso.skills.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;
import eu.dhso.skills.assessment.AssessmentScoring.Result;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.SelfAssessmentTaking.PersonalResult;
import eu.dhso.skills.rater.RaterFeedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's self-assessments with their answers and results, and the 360° invitations
 * they sent with the feedback they were shown. Raters' individual answers are the
 * raters', not the person's: only the means already shown to them are exported.
 */
@Component
class SkillsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final SelfAssessmentTaking assessments;

	private final RaterFeedback raters;

	private final CompetenceFramework framework;

	private final OrganisationDirectory organisations;

	SkillsPersonalData(JdbcClient jdbc, SelfAssessmentTaking assessments, RaterFeedback raters,
			CompetenceFramework framework, OrganisationDirectory organisations) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.framework = framework;
		this.assessments = assessments;
		this.raters = raters;
	}

	@Override
	public String section() {
		return "skills";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Object export(DataSubject person) {
		Map<Long, List<AnswerLine>> answers = new LinkedHashMap<>();
		// Competence codes come from core's framework, read once per version, not joined.
		Map<Long, Map<Long, String>> codesByVersion = new HashMap<>();
		this.jdbc.sql("""
				select ans.assessment_id, it.code, it.kind, it.competence_id, ans.choice, i.framework_version_id
				from skills.answer ans
				join skills.assessment a on a.id = ans.assessment_id
				join skills.assessment_item it on it.id = ans.item_id
				join skills.instrument i on i.id = it.instrument_id
				where a.account_id = ? order by ans.assessment_id, it.sort_order""")
			.param(person.accountId())
			.query((rs, row) -> answers.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new AnswerLine(rs.getString(2), rs.getString(3),
						codesByVersion.computeIfAbsent(rs.getLong(6), this::competenceCodes).get(rs.getLong(4)),
						rs.getInt(5))))
			.list();
		List<AttemptLine> attempts = this.jdbc.sql("""
				select id, status, profession_code, country_code, care_setting_code, experience_band, started_at,
				       submitted_at
				from skills.assessment where account_id = ? order by started_at, id""")
			.param(person.accountId())
			.query((rs, row) -> {
				long id = rs.getLong("id");
				Result result = this.assessments.result(id, person.accountId())
					.map(PersonalResult::result)
					.orElse(null);
				return new AttemptLine(id, rs.getString("status"), rs.getString("profession_code"),
						rs.getString("country_code"), rs.getString("care_setting_code"),
						rs.getString("experience_band"), rs.getTimestamp("started_at").toInstant(),
						(rs.getTimestamp("submitted_at") != null) ? rs.getTimestamp("submitted_at").toInstant() : null,
						answers.getOrDefault(id, List.of()), result);
			})
			.list();
		List<String> workshops = this.jdbc
			.sql("select title from skills.workshop where created_by = ? order by created_at, id")
			.param(person.username())
			.query(String.class)
			.list();
		List<ChangeAgentLine> changeAgent = this.jdbc.sql("""
				select a.organisation_id, a.competences, a.status, a.named_at,
				       (select count(*) from skills.change_agent_activity x where x.agent_id = a.id) as activities
				from skills.change_agent a
				where a.account_id = ? order by a.named_at""")
			.param(person.accountId())
			.query((rs, row) -> new ChangeAgentLine(
					this.organisations.byId(rs.getLong(1)).map((o) -> o.name()).orElse(""),
					List.of((String[]) rs.getArray(2).getArray()), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getLong(5)))
			.list();
		// Only that the person answered: the answers themselves are stored without
		// anyone's name.
		List<String> maturityRounds = this.jdbc.sql("""
				select r.title from skills.maturity_participation p join skills.maturity_round r on r.id = p.round_id
				where p.account_id = ? order by r.period_end, r.id""")
			.param(person.accountId())
			.query(String.class)
			.list();
		return new SkillsSection(attempts, this.raters.invitations(person.accountId()),
				this.raters.feedback(person.accountId()), workshops, changeAgent, maturityRounds);
	}

	private Map<Long, String> competenceCodes(Long versionId) {
		Map<Long, String> codes = new HashMap<>();
		this.framework.version(versionId)
			.ifPresent((view) -> view.areas()
				.forEach((area) -> area.competences().forEach((c) -> codes.put(c.id(), c.code()))));
		return codes;
	}

	/**
	 * Open attempts and rater invitations go. Submitted attempts stay in the skills map,
	 * moved to the stand-in account: all of them still count as one respondent, verified
	 * as before, so every group keeps its size, but none leads back to the person.
	 */
	@Override
	public void erase(DataSubject person, Replacement replacement) {
		this.jdbc.sql("delete from skills.rater_invitation where account_id = ?").param(person.accountId()).update();
		this.jdbc.sql("delete from skills.rater_owner_trace where account_id = ?").param(person.accountId()).update();
		this.jdbc.sql("delete from skills.assessment where account_id = ? and status <> 'SUBMITTED'")
			.param(person.accountId())
			.update();
		this.jdbc.sql("delete from skills.maturity_participation where account_id = ?")
			.param(person.accountId())
			.update();
		// A change agent's activities still count in the indicators; the role ends with
		// the account.
		this.jdbc.sql("""
				update skills.change_agent set account_id = :standIn,
				    status = case when status in ('PROPOSED', 'ACTIVE') then 'ENDED' else status end
				where account_id = :account""")
			.param("standIn", replacement.standInAccountId())
			.param("account", person.accountId())
			.update();
		this.jdbc.sql("update skills.change_agent set named_by = :standIn where named_by = :account")
			.param("standIn", replacement.standInAccountId())
			.param("account", person.accountId())
			.update();
		this.jdbc.sql("update skills.maturity_round set created_by = :standIn where created_by = :account")
			.param("standIn", replacement.standInAccountId())
			.param("account", person.accountId())
			.update();
		this.jdbc.sql("update skills.change_agent_activity set logged_by = :standIn where logged_by = :account")
			.param("standIn", replacement.standInAccountId())
			.param("account", person.accountId())
			.update();
		this.jdbc.sql("update skills.assessment set account_id = :standIn where account_id = :account")
			.param("standIn", replacement.standInAccountId())
			.param("account", person.accountId())
			.update();
		// a workshop stays with its organisation; only who recorded it loses the name
		this.jdbc.sql("update skills.workshop set created_by = :name where created_by = :username")
			.param("name", replacement.name())
			.param("username", person.username())
			.update();
	}

	/** {@code workshopsRecorded}: titles of the needs workshops the person recorded. */
	record SkillsSection(List<AttemptLine> assessments, List<RaterFeedback.InvitationSummary> raterInvitations,
			RaterFeedback.FeedbackSummary raterFeedback, List<String> workshopsRecorded,
			List<ChangeAgentLine> changeAgent, List<String> maturityRounds) {
	}

	record ChangeAgentLine(String organisation, List<String> competences, String status, Instant namedAt,
			long activities) {
	}

	record AttemptLine(long id, String status, String profession, String country, String careSetting, String experience,
			Instant startedAt, Instant submittedAt, List<AnswerLine> answers, Result result) {
	}

	record AnswerLine(String item, String kind, String competence, int choice) {
	}

}
