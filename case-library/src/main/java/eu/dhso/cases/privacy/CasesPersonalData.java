package eu.dhso.cases.privacy;

import java.time.Instant;
import java.util.List;

import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Interview cases belong to the partner organisation, not to the person who entered them:
 * the export lists the cases the person created and the steps they took in the review
 * workflow; erasure keeps every case and replaces the person's name in authorship and
 * timeline with the pseudonym.
 */
@Component
class CasesPersonalData implements PersonalData {

	/** Every column where the case library records who did something, by username. */
	private static final List<String> AUTHOR_COLUMNS = List.of("interview_case.created_by", "case_transition.actor",
			"case_revision.created_by", "case_attachment.uploaded_by", "open_report.created_by",
			"open_report.published_by");

	private final JdbcClient jdbc;

	CasesPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "cases";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Object export(DataSubject person) {
		List<CaseLine> cases = this.jdbc.sql("""
				select id, title, status, created_at from cases.interview_case
				where lower(created_by) = lower(?) order by id""")
			.param(person.username())
			.query((rs, row) -> new CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
		List<StepLine> steps = this.jdbc.sql("""
				select t.case_id, c.title, t.from_status, t.to_status, t.reason, t.occurred_at
				from cases.case_transition t join cases.interview_case c on c.id = t.case_id
				where lower(t.actor) = lower(?) order by t.occurred_at, t.id""")
			.param(person.username())
			.query((rs, row) -> new StepLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
		List<ReportLine> reports = this.jdbc.sql("""
				select id, title, status from cases.open_report
				where lower(created_by) = lower(:name) or lower(published_by) = lower(:name) order by id""")
			.param("name", person.username())
			.query((rs, row) -> new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		return new CasesSection(cases, steps, reports);
	}

	@Override
	public void erase(DataSubject person, Replacement replacement) {
		for (String column : AUTHOR_COLUMNS) {
			String[] parts = column.split("\\.");
			this.jdbc
				.sql("update cases.%s set %s = :pseudonym where lower(%s) = lower(:name)".formatted(parts[0], parts[1],
						parts[1]))
				.param("pseudonym", replacement.name())
				.param("name", person.username())
				.update();
		}
	}

	record CasesSection(List<CaseLine> casesCreated, List<StepLine> reviewSteps, List<ReportLine> openReports) {
	}

	record CaseLine(long id, String title, String status, Instant createdAt) {
	}

	record StepLine(long caseId, String title, String from, String to, String reason, Instant occurredAt) {
	}

	record ReportLine(long id, String title, String status) {
	}

}
