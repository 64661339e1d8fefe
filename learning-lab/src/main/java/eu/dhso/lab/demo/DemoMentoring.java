package eu.dhso.lab.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.DemoContent;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.directory.People;
import eu.dhso.lab.mentoring.ActivityFields;
import eu.dhso.lab.mentoring.Mentoring;
import eu.dhso.lab.mentoring.Mentoring.ActivityDetails;
import eu.dhso.lab.resource.ResourceDetails;
import eu.dhso.lab.resource.ResourceLibrary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work-based learning between the demo professional and the demo mentor, written through
 * the same use cases as the pages: a plan completed three weeks ago (so the
 * professional's skills profile shows mentor-verified levels) and an agreed one in
 * progress with one activity signed off and one still open. Dates are moved back
 * afterwards so the history reads naturally.
 */
@Component
class DemoMentoring implements DemoContent {

	static final String COMPLETED_PLAN = "Video consultations with home-care patients";

	static final String RUNNING_PLAN = "Shared care plans in the ward team";

	private final Mentoring mentoring;

	private final People people;

	private final ResourceLibrary resources;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoMentoring(Mentoring mentoring, People people, ResourceLibrary resources, JdbcTemplate jdbc,
			Optional<Clock> clock) {
		this.mentoring = mentoring;
		this.people = people;
		this.resources = resources;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public int order() {
		// after the resource library, whose resources the plans use as material
		return 35;
	}

	@Override
	public int loadMissing() {
		Optional<ObservatoryUser> professional = this.people.principal("professional");
		Optional<ObservatoryUser> mentor = this.people.principal("mentor");
		if (professional.isEmpty() || mentor.isEmpty()) {
			return 0;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from lab.mentoring_plan where title in (?, ?)",
				Integer.class, COMPLETED_PLAN, RUNNING_PLAN);
		if (existing != null && existing > 0) {
			return 0;
		}
		completedPlan(professional.get(), mentor.get());
		runningPlan(professional.get(), mentor.get());
		return 2;
	}

	private void completedPlan(ObservatoryUser professional, ObservatoryUser mentor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		long id = this.mentoring
			.propose(professional, COMPLETED_PLAN,
					"Hold remote consultations with home-care patients confidently and safely, and explain their "
							+ "home-monitoring readings in words they understand.",
					mentor.getUsername())
			.orElseThrow();
		this.mentoring.addActivity(professional, id, version(id),
				new ActivityFields("Run five supervised video consultations",
						"Prepare, hold and document five video consultations with patients of the home-care list, "
								+ "with the mentor joining the first two.",
						List.of("S1.1"), 2, material("S1.1"), today.plusDays(1)));
		this.mentoring.addActivity(professional, id, version(id),
				new ActivityFields("Explain home-monitoring readings to a patient and carer",
						"Go through a week of blood-pressure and weight readings with a patient and their carer "
								+ "and agree what to do when a value is out of range.",
						List.of("S1.2"), 2, material("S1.2"), today.plusDays(1)));
		this.mentoring.agree(mentor, id, version(id));
		for (ActivityDetails activity : this.mentoring.plan(professional, id).activities()) {
			this.mentoring.logEvidence(professional, id, activity.id(),
					"Done on the ward with my mentor present; my notes and the patients' questions are in the "
							+ "reflection I wrote afterwards.",
					null);
			this.mentoring.signOff(mentor, id, activity.id());
		}
		backdate(id, 60, 55, 24, 21);
	}

	private void runningPlan(ObservatoryUser professional, ObservatoryUser mentor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		long id = this.mentoring
			.propose(mentor, RUNNING_PLAN,
					"Keep the team's shared care plans current and judge the health information patients bring "
							+ "to the ward.",
					professional.getUsername())
			.orElseThrow();
		this.mentoring.addActivity(mentor, id, version(id),
				new ActivityFields("Keep the shared care plan of three patients up to date",
						"Update goals, tasks and responsibilities in the shared care plan after each team round "
								+ "for two weeks.",
						List.of("S2.1"), 3, material("S2.1"), today.plusWeeks(2)));
		this.mentoring.addActivity(mentor, id, version(id),
				new ActivityFields("Check the sources of health information patients bring",
						"When a patient brings information from the internet, check its source with them and "
								+ "note what you told them.",
						List.of("D1.2"), 2, material("D1.2"), today.plusWeeks(6)));
		this.mentoring.agree(professional, id, version(id));
		ActivityDetails first = this.mentoring.plan(professional, id).activities().get(0);
		this.mentoring.logEvidence(professional, id, first.id(),
				"Updated the shared plans of three patients after every round for two weeks; the team now checks "
						+ "the task list at the start of each shift.",
				null);
		this.mentoring.signOff(mentor, id, first.id());
		backdate(id, 20, 18, 6, null);
	}

	private long version(long id) {
		Long version = this.jdbc.queryForObject("select version from lab.mentoring_plan where id = ?", Long.class, id);
		return (version != null) ? version : 0;
	}

	/** Up to two published resources on the competence, as material. */
	private List<Long> material(String competence) {
		return this.resources.publishedByTitle()
			.stream()
			.filter((r) -> r.competences().contains(competence))
			.limit(2)
			.map(ResourceDetails::id)
			.toList();
	}

	/** Moves the plan's history back by whole days, keeping its order. */
	private void backdate(long id, int proposed, int agreed, int evidence, Integer completed) {
		this.jdbc.update("""
				update lab.mentoring_plan set proposed_at = now() - make_interval(days => ?),
				    agreed_at = now() - make_interval(days => ?),
				    completed_at = case when completed_at is null then null else now() - make_interval(days => ?) end
				where id = ?""", proposed, agreed, (completed != null) ? completed : 0, id);
		this.jdbc.update("""
				update lab.mentoring_evidence set logged_at = now() - make_interval(days => ?)
				where activity_id in (select id from lab.mentoring_activity where plan_id = ?)""", evidence, id);
		this.jdbc.update("""
				update lab.mentoring_activity set signed_off_at = now() - make_interval(days => ?),
				    due_on = case when ? then current_date - ? else due_on end
				where plan_id = ? and signed_off_at is not null""", (completed != null) ? completed : evidence - 2,
				completed != null, (completed != null) ? completed - 1 : 0, id);
	}

}
