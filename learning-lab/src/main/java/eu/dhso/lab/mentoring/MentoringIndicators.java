package eu.dhso.lab.mentoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.indicator.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-based learning in the lab's lifecycle indicators, for all countries together
 * (plans carry no country):
 * <ul>
 * <li>{@code lab.mentored-professionals}: verified professionals with a completed plan, a
 * head count released through the disclosure control;</li>
 * <li>{@code lab.mentoring-activities-signed-off}: activities mentors signed off, shown
 * only when at least k verified professionals stand behind them, since a small number
 * would point at a person.</li>
 * </ul>
 * Both count up to the period's end and never past the kernel's fixed release boundary.
 */
@Component
class MentoringIndicators implements IndicatorSource {

	static final String MENTORED = "lab.mentored-professionals";

	static final String SIGNED_OFF = "lab.mentoring-activities-signed-off";

	private final JdbcClient jdbc;

	private final VerifiedPeople verified;

	private final DisclosureControl control;

	MentoringIndicators(JdbcClient jdbc, VerifiedPeople verified, DisclosureControl control) {
		this.jdbc = jdbc;
		this.verified = verified;
		this.control = control;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		LocalDate boundary = this.control.releasedBefore();
		LocalDate until = periodEnd.plusDays(1).isBefore(boundary) ? periodEnd.plusDays(1) : boundary;
		Timestamp before = Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant());
		List<Long> completedBy = this.jdbc.sql("""
				select distinct professional_id from lab.mentoring_plan
				where status = 'COMPLETED' and completed_at < :before""")
			.param("before", before)
			.query(Long.class)
			.list();
		List<Long[]> signedOff = this.jdbc.sql("""
				select p.professional_id, count(*) from lab.mentoring_activity a
				join lab.mentoring_plan p on p.id = a.plan_id
				where a.status = 'SIGNED_OFF' and a.signed_off_at < :before group by p.professional_id""")
			.param("before", before)
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<IndicatorValue> values = new ArrayList<>();
		Set<Long> mentored = this.verified.among(completedBy);
		Released people = this.control.count(MENTORED, contributors(mentored));
		values.add(people.isSuppressed() ? new IndicatorValue(MENTORED, null, null, null, 0, true) : new IndicatorValue(
				MENTORED, null, null, BigDecimal.valueOf(people.value().longValue()), people.people(), true));
		Set<Long> behind = this.verified.among(signedOff.stream().map((r) -> r[0]).toList());
		long activities = signedOff.stream().filter((r) -> behind.contains(r[0])).mapToLong((r) -> r[1]).sum();
		values.add(this.control.releasable(behind.size())
				? new IndicatorValue(SIGNED_OFF, null, null, BigDecimal.valueOf(activities), activities, false)
				: new IndicatorValue(SIGNED_OFF, null, null, null, 0, true));
		return values;
	}

	private Contributors contributors(Set<Long> accounts) {
		Contributors contributors = Contributors.NONE;
		for (Long account : accounts) {
			contributors = contributors.plus(this.control.recordKey("account:" + account));
		}
		return contributors;
	}

}
