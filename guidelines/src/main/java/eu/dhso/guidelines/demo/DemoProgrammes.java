package eu.dhso.guidelines.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.core.DemoContent;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.planning.PlanExecutionSource.PlanCohort;
import eu.dhso.guidelines.governance.CommitteeRole;
import eu.dhso.guidelines.governance.Governance;
import eu.dhso.guidelines.governance.Region;
import eu.dhso.guidelines.governance.SteeringCommittee;
import eu.dhso.guidelines.planning.FundingSource;
import eu.dhso.guidelines.planning.Planning;

import org.springframework.stereotype.Component;

/**
 * ProMIS demonstration records that give the lifecycle page mixed states: a steering
 * committee for Crete with a published and a draft decision and a regional plan funded by
 * the Recovery and Resilience Facility, carried out by the Greek pilot cohort, with a
 * corrective action but no review yet; a national committee for Italy without a plan.
 */
@Component
class DemoProgrammes implements DemoContent {

	static final Region CRETE = new Region("GR", "Crete");

	static final Region ITALY = new Region("IT", "");

	static final String CRETE_COMMITTEE = "Crete Digital Health Education Steering Committee";

	static final String ITALY_COMMITTEE = "Italian Digital Health Education Steering Committee";

	static final String CRETE_PLAN = "Crete digital skills plan for hospital and primary care staff 2026-2027";

	static final String DRAFT_DECISION = "Extend the plan to community pharmacists from 2027 (to be confirmed with the"
			+ " regional pharmacists' association).";

	private final Governance governance;

	private final Planning planning;

	private final CompetenceFramework framework;

	private final Optional<Clock> clock;

	DemoProgrammes(Governance governance, Planning planning, CompetenceFramework framework, Optional<Clock> clock) {
		this.governance = governance;
		this.planning = planning;
		this.framework = framework;
		this.clock = clock;
	}

	@Override
	public int order() {
		// after the lab's pilot cohorts (30) and the observatory's guidelines (40)
		return 45;
	}

	@Override
	public int loadMissing() {
		Set<String> committees = this.governance.committees(true)
			.stream()
			.map(SteeringCommittee.View::name)
			.collect(Collectors.toSet());
		int added = 0;
		LocalDate today = LocalDate.now(this.clock.orElseGet(Clock::systemUTC).withZone(ZoneOffset.UTC));
		if (!committees.contains(CRETE_COMMITTEE)) {
			added += crete(today);
		}
		if (!committees.contains(ITALY_COMMITTEE)) {
			added += italy(today);
		}
		if (this.planning.plans(true).stream().noneMatch((p) -> p.title().equals(CRETE_PLAN))) {
			added += plan(today);
		}
		return added;
	}

	private int crete(LocalDate today) {
		long id = this.governance.create(CRETE, CRETE_COMMITTEE,
				"Guides the digital upskilling of the health workforce of the Region of Crete: sets the regional "
						+ "priorities, approves the regional training plan and reviews its results twice a year.",
				DemoObservatory.ACTOR);
		this.governance.addMember(id, "Eleni Papadaki", "Region of Crete, Directorate of Public Health",
				CommitteeRole.CHAIR, DemoObservatory.ACTOR);
		this.governance.addMember(id, "Nikos Stavrakakis", "University Hospital of Heraklion", CommitteeRole.MEMBER,
				DemoObservatory.ACTOR);
		this.governance.addMember(id, "Maria Kalogeraki", "7th Health Region of Crete", CommitteeRole.SECRETARY,
				DemoObservatory.ACTOR);
		this.governance.addMember(id, "Giorgos Daskalakis", "Hellenic University of Crete, Nursing Department",
				CommitteeRole.OBSERVER, DemoObservatory.ACTOR);
		LocalDate met = today.minusDays(45);
		this.governance.recordMeeting(id, met,
				"1. Results of the skills survey of hospital staff. 2. Draft regional training plan. 3. Funding from the"
						+ " national recovery plan.",
				"The committee reviewed the survey, asked for nurses and administrative staff to be the first target"
						+ " groups and approved the regional training plan.",
				DemoObservatory.ACTOR);
		this.governance.draftDecision(id, met,
				"The regional training plan 2026-2027 is approved, with funding from the Recovery and Resilience "
						+ "Facility.",
				DemoObservatory.ACTOR);
		this.governance.draftDecision(id, today.minusDays(5), DRAFT_DECISION, DemoObservatory.ACTOR);
		SteeringCommittee.View view = this.governance.committee(id, true).orElseThrow();
		view.meetings().forEach((m) -> this.governance.publishMinutes(id, m.id(), DemoObservatory.ACTOR));
		view.decisions()
			.stream()
			.filter((d) -> !d.text().equals(DRAFT_DECISION))
			.forEach((d) -> this.governance.publishDecision(id, d.id(), DemoObservatory.ACTOR));
		return 1;
	}

	private int italy(LocalDate today) {
		long id = this.governance.create(ITALY, ITALY_COMMITTEE,
				"Advises the regions on adopting the digital upskilling lifecycle model in the National Health "
						+ "Service and keeps the national digital competence portfolio up to date.",
				DemoObservatory.ACTOR);
		this.governance.addMember(id, "Giulia Conti", "Ministry of Health", CommitteeRole.CHAIR, DemoObservatory.ACTOR);
		this.governance.addMember(id, "Marco Bianchi", "Department for Digital Transformation",
				CommitteeRole.VICE_CHAIR, DemoObservatory.ACTOR);
		this.governance.addMember(id, "Francesca Rossi", "Regional health agency of Veneto", CommitteeRole.MEMBER,
				DemoObservatory.ACTOR);
		this.governance.recordMeeting(id, today.minusDays(20),
				"1. Regional adoption of the lifecycle model. 2. Profiling methodology.",
				"Draft minutes awaiting approval at the next meeting.", DemoObservatory.ACTOR);
		this.governance.draftDecision(id, today.minusDays(20),
				"Regions are invited to set up their own steering committees by the end of the year.",
				DemoObservatory.ACTOR);
		SteeringCommittee.View view = this.governance.committee(id, true).orElseThrow();
		view.decisions().forEach((d) -> this.governance.publishDecision(id, d.id(), DemoObservatory.ACTOR));
		return 1;
	}

	private int plan(LocalDate today) {
		LocalDate start = today.withDayOfYear(1).minusMonths(6);
		long id = this.planning.create(CRETE_PLAN, CRETE, start, start.plusMonths(24).minusDays(1),
				"Train 400 hospital and primary care staff of Crete in telehealth communication, data protection and "
						+ "the use of the electronic health record; at least 70% complete their course and the mean "
						+ "self-assessed level rises by one step.",
				DemoObservatory.ACTOR);
		this.planning.target(id, "NURSE", 250, DemoObservatory.ACTOR);
		this.planning.target(id, "DOCTOR", 80, DemoObservatory.ACTOR);
		this.planning.target(id, "ADMINISTRATIVE_STAFF", 70, DemoObservatory.ACTOR);
		this.planning.fund(id, FundingSource.RRF_NRRP, new BigDecimal("480000.00"),
				"Greece 2.0, health workforce digital skills measure", DemoObservatory.ACTOR);
		this.planning.fund(id, FundingSource.REGIONAL, new BigDecimal("60000.00"), "Co-financing of the Region",
				DemoObservatory.ACTOR);
		Set<Long> schemes = this.planning.publishedSchemes()
			.stream()
			.map((s) -> s.id())
			.limit(1)
			.collect(Collectors.toSet());
		long version = this.planning.plan(id, true).version();
		// the plan addresses the first competences of the published framework
		Set<String> competences = this.framework.latestPublished()
			.stream()
			.flatMap((f) -> f.areas().stream())
			.flatMap((a) -> a.competences().stream())
			.map((c) -> c.code())
			.limit(3)
			.collect(Collectors.toSet());
		this.planning.address(id, version, competences, schemes, DemoObservatory.ACTOR);
		this.planning.approve(id, this.planning.plan(id, true).version(), DemoObservatory.ACTOR);
		Set<Long> greek = this.planning.cohorts()
			.stream()
			.filter((c) -> "GR".equals(c.countryCode()))
			.map(PlanCohort::id)
			.collect(Collectors.toSet());
		this.planning.linkCohorts(id, this.planning.plan(id, true).version(), greek, DemoObservatory.ACTOR);
		this.planning.recordAction(id, today.minusDays(10),
				"Add evening sessions for night-shift nurses: attendance of the first cohort was lower than planned.",
				"Training office, University Hospital of Heraklion", DemoObservatory.ACTOR);
		return 1;
	}

}
