package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatory network: applications, decisions and the pledges members make. What the
 * public sees ({@link Member}) never carries the contact details.
 */
@Service
public class Network {

	private static final String MEMBER_COLUMNS = """
			id, name, type, sector, country_code, website, description, charter_signed_at, status,
			decision_reason, decided_at
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Network(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @return the new application's id, or empty when the name is already known
	 */
	@Transactional
	public Optional<Long> apply(Application application) {
		if (nameTaken(application.name())) {
			return Optional.empty();
		}
		long id = this.jdbc.sql("""
				insert into guidelines.member (name, type, sector, country_code, website, description, contact_name,
				    contact_email, charter_signatory, charter_signed_at)
				values (:name, :type, :sector, :country, :website, :description, :contactName, :contactEmail,
				    :signatory, now()) returning id
				""")
			.param("name", application.name())
			.param("type", application.type().name())
			.param("sector", application.sector().name())
			.param("country", application.countryCode())
			.param("website", application.website())
			.param("description", application.description())
			.param("contactName", application.contactName())
			.param("contactEmail", application.contactEmail())
			.param("signatory", application.charterSignatory())
			.query(Long.class)
			.single();
		return Optional.of(id);
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name) {
		return this.jdbc.sql("select count(*) from guidelines.member where lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	/** Approves or declines an open application; declining needs a reason. */
	@Transactional
	public void decide(long id, boolean approve, String reason, String actor) {
		if (!approve && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A decline needs a reason");
		}
		int updated = this.jdbc.sql("""
				update guidelines.member set status = :status, decision_reason = :reason, decided_by = :actor,
				    decided_at = now(), version = version + 1 where id = :id and status = 'APPLIED'
				""")
			.param("status", approve ? "APPROVED" : "DECLINED")
			.param("reason", reason)
			.param("actor", actor)
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new IllegalStateException("Application " + id + " is not open");
		}
		this.audit.record(actor, approve ? "MEMBER_APPROVE" : "MEMBER_DECLINE", "member", id, "SUCCESS", reason);
	}

	@Transactional(readOnly = true)
	public List<Member> approved() {
		return this.jdbc
			.sql("select " + MEMBER_COLUMNS + " from guidelines.member where status = 'APPROVED' order by name")
			.query((rs, row) -> member(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Member> approved(long id) {
		return this.jdbc
			.sql("select " + MEMBER_COLUMNS + " from guidelines.member where status = 'APPROVED' and id = :id")
			.param("id", id)
			.query((rs, row) -> member(rs))
			.optional();
	}

	/** Every application with its contact, for administrators only. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications() {
		return this.jdbc
			.sql("select " + MEMBER_COLUMNS + ", contact_name, contact_email, charter_signatory "
					+ "from guidelines.member order by status = 'APPLIED' desc, created_at desc")
			.query((rs, row) -> new ApplicationView(member(rs), rs.getString("contact_name"),
					rs.getString("contact_email"), rs.getString("charter_signatory")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<ApplicationView> application(long id) {
		return this.jdbc
			.sql("select " + MEMBER_COLUMNS + ", contact_name, contact_email, charter_signatory "
					+ "from guidelines.member where id = :id")
			.param("id", id)
			.query((rs, row) -> new ApplicationView(member(rs), rs.getString("contact_name"),
					rs.getString("contact_email"), rs.getString("charter_signatory")))
			.optional();
	}

	@Transactional(readOnly = true)
	public long approvedCount() {
		return this.jdbc.sql("select count(*) from guidelines.member where status = 'APPROVED'")
			.query(Long.class)
			.single();
	}

	@Transactional
	public long pledge(long memberId, String title, String kpi, BigDecimal target, LocalDate deadline, String actor) {
		approved(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
		long id = this.jdbc.sql("""
				insert into guidelines.pledge (member_id, title, kpi, target, deadline)
				values (:member, :title, :kpi, :target, :deadline) returning id
				""")
			.param("member", memberId)
			.param("title", title)
			.param("kpi", kpi)
			.param("target", target)
			.param("deadline", Date.valueOf(deadline))
			.query(Long.class)
			.single();
		this.audit.record(actor, "PLEDGE_CREATE", "pledge", id, "SUCCESS", title);
		return id;
	}

	@Transactional
	public void progress(long memberId, long pledgeId, LocalDate reportedOn, BigDecimal value, String note,
			String actor) {
		int inserted = this.jdbc.sql("""
				insert into guidelines.pledge_progress (pledge_id, reported_on, value, note)
				select id, :on, :value, :note from guidelines.pledge where id = :pledge and member_id = :member
				""")
			.param("on", Date.valueOf(reportedOn))
			.param("value", value)
			.param("note", note)
			.param("pledge", pledgeId)
			.param("member", memberId)
			.update();
		if (inserted == 0) {
			throw new IllegalArgumentException("No pledge " + pledgeId + " of member " + memberId);
		}
		this.audit.record(actor, "PLEDGE_PROGRESS", "pledge", pledgeId, "SUCCESS", value.toPlainString());
	}

	/** Pledges of approved members with their latest progress; of one member if given. */
	@Transactional(readOnly = true)
	public List<Pledge> pledges(Long memberId) {
		return this.jdbc.sql("""
				select p.id, p.member_id, m.name as member_name, p.title, p.kpi, p.target, p.deadline,
				       (select value from guidelines.pledge_progress pp where pp.pledge_id = p.id
				        order by reported_on desc, id desc limit 1) as latest,
				       (select count(*) from guidelines.pledge_progress pp where pp.pledge_id = p.id) as updates
				from guidelines.pledge p join guidelines.member m on m.id = p.member_id
				where m.status = 'APPROVED' and (cast(:member as bigint) is null or p.member_id = :member)
				order by p.deadline, p.id
				""")
			.param("member", memberId)
			.query((rs, row) -> new Pledge(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"),
					rs.getString("title"), rs.getString("kpi"), rs.getBigDecimal("target"),
					rs.getDate("deadline").toLocalDate(), rs.getBigDecimal("latest"), rs.getInt("updates")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Progress> progress(long pledgeId) {
		return this.jdbc.sql("""
				select reported_on, value, note from guidelines.pledge_progress where pledge_id = :id
				order by reported_on, id
				""")
			.param("id", pledgeId)
			.query((rs, row) -> new Progress(rs.getDate("reported_on").toLocalDate(), rs.getBigDecimal("value"),
					rs.getString("note")))
			.list();
	}

	private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new Member(rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
				Sector.valueOf(rs.getString("sector")), rs.getString("country_code"), rs.getString("website"),
				rs.getString("description"), rs.getTimestamp("charter_signed_at").toInstant(),
				MemberStatus.valueOf(rs.getString("status")), rs.getString("decision_reason"),
				(decided != null) ? decided.toInstant() : null);
	}

	public enum Sector {

		PUBLIC, PRIVATE

	}

	public enum MemberStatus {

		APPLIED, APPROVED, DECLINED

	}

	public record Application(String name, OrganisationType type, Sector sector, String countryCode, String website,
			String description, String contactName, String contactEmail, String charterSignatory) {
	}

	/** A member as anyone may see it. */
	public record Member(long id, String name, OrganisationType type, Sector sector, String countryCode, String website,
			String description, Instant charterSignedAt, MemberStatus status, String decisionReason,
			Instant decidedAt) {
	}

	public record ApplicationView(Member member, String contactName, String contactEmail, String charterSignatory) {
	}

	public record Pledge(long id, long memberId, String memberName, String title, String kpi, BigDecimal target,
			LocalDate deadline, BigDecimal latest, int updates) {

		/** Progress towards the target in whole per cent, capped at 100. */
		public int percent() {
			if (this.latest == null || this.target.signum() <= 0) {
				return 0;
			}
			return Math.min(100,
					this.latest.multiply(BigDecimal.valueOf(100))
						.divide(this.target, 0, java.math.RoundingMode.DOWN)
						.intValue());
		}

	}

	public record Progress(LocalDate reportedOn, BigDecimal value, String note) {
	}

}
