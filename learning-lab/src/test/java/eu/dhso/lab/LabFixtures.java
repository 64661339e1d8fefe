package eu.dhso.lab;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortFields;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Published schemes and cohorts with unique names, built through the services. */
public final class LabFixtures {

	private LabFixtures() {
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A one-module scheme: a workshop and a self-paced e-learning on S1.1 (level 3). */
	public static SchemeSnapshot publishedScheme(SchemeDrafts schemes, SchemeReview review, ObservatoryUser trainer,
			ObservatoryUser editor, String title) {
		long id = schemes.create(trainer,
				new SchemeFields(title, "Aims of " + title, List.of("NURSE"), "en", 12, false, true));
		long module = schemes.addModule(trainer, id, "Remote consultations " + title, "Video calls with patients",
				List.of("TELEHEALTH"));
		schemes.addOutcome(trainer, id, module, "S1.1", 3, "Runs a remote consultation safely");
		schemes.addOutcome(trainer, id, module, "S1.2", 2, "Explains home-monitoring data");
		schemes.addActivity(trainer, id, module, "Role play", ActivityType.WORKSHOP, Delivery.ON_SITE, 120, null);
		schemes.addActivity(trainer, id, module, "Self-study", ActivityType.ELEARNING, Delivery.ONLINE, 60, null);
		schemes.submit(trainer, id);
		return review.publish(editor, id);
	}

	public static long versionId(PublishedSchemes schemes, SchemeSnapshot scheme) {
		return schemes.latestVersions()
			.stream()
			.filter((v) -> v.scheme().schemeId() == scheme.schemeId())
			.map(PublishedVersion::versionId)
			.findFirst()
			.orElseThrow();
	}

	public static long cohort(CohortPlanning cohorts, PublishedSchemes schemes, ObservatoryUser trainer,
			SchemeSnapshot scheme, int capacity, LocalDate start, LocalDate end) {
		return cohorts.create(trainer,
				new CohortFields(versionId(schemes, scheme), unique("Cohort "), "LT", start, end, capacity, 80));
	}

	/** A submitted self-assessment rating every competence at the given level. */
	public static void submittedAssessment(JdbcClient jdbc, long accountId, Instant submittedAt, int level) {
		long instrument = jdbc.sql("select id from skills.instrument order by id limit 1").query(Long.class).single();
		long id = jdbc.sql("""
				insert into skills.assessment (account_id, instrument_id, profession_code, country_code,
				    care_setting_code, experience_band, status, started_at, submitted_at)
				values (:a, :i, 'NURSE', 'LT', 'HOSPITAL', 'YEARS_6_10', 'SUBMITTED', :at, :at) returning id""")
			.param("a", accountId)
			.param("i", instrument)
			.param("at", Timestamp.from(submittedAt))
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into skills.answer (assessment_id, item_id, choice)
						select :id, i.id, :level from skills.assessment_item i where i.instrument_id = :i and i.kind = 'SELF_RATING'""")
			.param("id", id)
			.param("level", level)
			.param("i", instrument)
			.update();
	}

}
