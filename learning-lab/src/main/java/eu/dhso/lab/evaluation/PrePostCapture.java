package eu.dhso.lab.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.skills.CompetenceLevels;
import eu.dhso.skills.CompetenceLevels.AssessedLevels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies participants' pre and post competence levels from the skills-profile
 * self-assessment into the lab, through that module's {@link CompetenceLevels} API.
 * <ul>
 * <li><b>Pre</b>: the latest assessment the person submitted before the cohort's first
 * day (00:00 UTC). Until the cohort starts it is taken again each time, so a newer
 * assessment before the start replaces an older one; afterwards it stays fixed.</li>
 * <li><b>Post</b>: the first assessment submitted on or after the cohort's last day
 * (00:00 UTC), so an assessment answered during the final session counts. Taken once the
 * last day has come; it never changes afterwards.</li>
 * </ul>
 * Assessments submitted while the cohort runs count as neither. Only the scheme's
 * competences are kept. Synthetic demo participants have their levels stored directly.
 */
@Component
public class PrePostCapture {

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final CompetenceLevels levels;

	private final Clock clock;

	PrePostCapture(JdbcClient jdbc, CohortViews cohorts, CompetenceLevels levels, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.levels = levels;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public static Instant preCutoff(CohortSummary cohort) {
		return cohort.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	public static Instant postFrom(CohortSummary cohort) {
		return cohort.endsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refresh(CohortSummary cohort) {
		Instant now = this.clock.instant();
		boolean beforeStart = now.isBefore(preCutoff(cohort));
		boolean lastDayCome = !now.isBefore(postFrom(cohort));
		List<Participant> participants = this.cohorts.participants(cohort.id())
			.stream()
			.filter((p) -> !p.synthetic() && p.accountId() != null && p.status() == EnrolmentStatus.ENROLLED)
			.toList();
		if (participants.isEmpty()) {
			// nobody to capture; this also holds for a cohort its caller created in a
			// transaction not yet committed (demo data cited as it loads), which this
			// new transaction cannot see
			return;
		}
		Set<String> competences = this.cohorts.version(cohort).competenceCodes();
		for (Participant p : participants) {
			if (beforeStart || !has(p.enrolmentId(), "PRE")) {
				this.levels.latestSubmittedBefore(p.accountId(), preCutoff(cohort))
					.ifPresent((a) -> store(p.enrolmentId(), "PRE", a, competences));
			}
			if (lastDayCome && !has(p.enrolmentId(), "POST")) {
				this.levels.firstSubmittedFrom(p.accountId(), postFrom(cohort))
					.ifPresent((a) -> store(p.enrolmentId(), "POST", a, competences));
			}
		}
	}

	private boolean has(long enrolmentId, String phase) {
		return this.jdbc.sql("select count(*) from lab.competence_result where enrolment_id = :e and phase = :p")
			.param("e", enrolmentId)
			.param("p", phase)
			.query(Long.class)
			.single() > 0;
	}

	private void store(long enrolmentId, String phase, AssessedLevels assessed, Set<String> competences) {
		this.jdbc.sql("delete from lab.competence_result where enrolment_id = :e and phase = :p")
			.param("e", enrolmentId)
			.param("p", phase)
			.update();
		for (Map.Entry<String, Integer> level : assessed.levels().entrySet()) {
			if (!competences.contains(level.getKey())) {
				continue;
			}
			this.jdbc.sql("""
					insert into lab.competence_result (enrolment_id, phase, competence_code, level, assessed_at,
					    source_assessment_id) values (:e, :p, :c, :l, :at, :source)""")
				.param("e", enrolmentId)
				.param("p", phase)
				.param("c", level.getKey())
				.param("l", level.getValue())
				.param("at", Timestamp.from(assessed.submittedAt()))
				.param("source", assessed.assessmentId())
				.update();
		}
	}

}
