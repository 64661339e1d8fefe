package eu.dhso.lab.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortRejectedException;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Participants answer the feedback survey once per module of their cohort. */
@Component
@Transactional
public class FeedbackCollection {

	private final JdbcClient jdbc;

	private final CohortViews cohorts;

	private final Clock clock;

	FeedbackCollection(JdbcClient jdbc, CohortViews cohorts, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The module of the participant's cohort the survey is about. */
	@Transactional(readOnly = true)
	public ModuleSnapshot module(ObservatoryUser person, long cohortId, long moduleId) {
		place(person, cohortId);
		return this.cohorts.version(this.cohorts.require(cohortId))
			.module(moduleId)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

	public void submit(ObservatoryUser person, long cohortId, long moduleId, FeedbackAnswers answers) {
		Participant place = place(person, cohortId);
		ModuleSnapshot module = module(person, cohortId, moduleId);
		if (!answers.valid() || !module.activityTypes().containsAll(answers.activityRatings().keySet())) {
			throw new CohortRejectedException("lab.feedback.error.invalid");
		}
		if (answered(place.enrolmentId()).contains(moduleId)) {
			throw new CohortRejectedException("lab.feedback.error.already");
		}
		long id = this.jdbc.sql("""
				insert into lab.feedback (enrolment_id, module_id, relevance, clarity, applicability, facilitation,
				    overall, comment, submitted_at)
				values (:e, :m, :r, :c, :a, :f, :o, :comment, :now) returning id""")
			.param("e", place.enrolmentId())
			.param("m", moduleId)
			.param("r", answers.relevance())
			.param("c", answers.clarity())
			.param("a", answers.applicability())
			.param("f", answers.facilitation())
			.param("o", answers.overall())
			.param("comment",
					(answers.comment() != null && !answers.comment().isBlank()) ? answers.comment().strip() : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		for (Map.Entry<ActivityType, Integer> rating : answers.activityRatings().entrySet()) {
			this.jdbc.sql("insert into lab.feedback_activity (feedback_id, activity_type, rating) values (:f, :t, :r)")
				.param("f", id)
				.param("t", rating.getKey().name())
				.param("r", rating.getValue())
				.update();
		}
	}

	/** The modules a participant has already given feedback on. */
	@Transactional(readOnly = true)
	public Set<Long> answered(long enrolmentId) {
		return new HashSet<>(this.jdbc.sql("select module_id from lab.feedback where enrolment_id = :e")
			.param("e", enrolmentId)
			.query(Long.class)
			.list());
	}

	private Participant place(ObservatoryUser person, long cohortId) {
		return this.cohorts.placeOf(person.getAccountId(), cohortId)
			.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

}
