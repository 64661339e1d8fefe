package eu.dhso.guidelines.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.planning.PlanExecutionSource.PublishedScheme;
import eu.dhso.guidelines.governance.Governance;
import eu.dhso.guidelines.governance.Region;
import eu.dhso.guidelines.governance.SteeringCommittee;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import eu.dhso.guidelines.planning.Planning;
import eu.dhso.guidelines.planning.PlanStatus;
import eu.dhso.guidelines.planning.TrainingPlan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each region's state in the six ProMIS phases, derived from the records that justify it
 * (committees, schemes, the framework, guidelines, plans, cohorts, reviews, corrective
 * actions), never typed in. The rules are those the lifecycle page explains
 * ({@code guidelines.lifecycle.rule.<PHASE>}); a reader who is not a manager never gets a
 * link to a draft.
 */
@Service
@Transactional(readOnly = true)
public class Lifecycle {

	/** A committee governs while it published a decision within this many months. */
	static final int DECISION_MONTHS = 12;

	private final Governance governance;

	private final Planning planning;

	private final GuidelinePublishing guidelines;

	private final CompetenceFramework framework;

	private final Clock clock;

	Lifecycle(Governance governance, Planning planning, GuidelinePublishing guidelines, CompetenceFramework framework,
			Optional<Clock> clock) {
		this.governance = governance;
		this.planning = planning;
		this.guidelines = guidelines;
		this.framework = framework;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** Every region with a committee or a plan, in country and region order. */
	public List<RegionLifecycle> regions(boolean manager) {
		List<SteeringCommittee.View> committees = this.governance.committees(manager);
		List<TrainingPlan.View> plans = this.planning.plans(true);
		TreeSet<Region> regions = new TreeSet<>();
		committees.forEach((c) -> regions.add(c.region()));
		plans.forEach((p) -> regions.add(p.region()));
		Shared shared = shared();
		List<RegionLifecycle> result = new ArrayList<>();
		for (Region region : regions) {
			result.add(region(region, committees.stream().filter((c) -> c.region().equals(region)).toList(),
					plans.stream().filter((p) -> p.region().equals(region)).toList(), shared, manager));
		}
		return result;
	}

	/** One region, also one with no records yet (every phase not started). */
	public RegionLifecycle region(Region region, boolean manager) {
		return region(region,
				this.governance.committees(manager).stream().filter((c) -> c.region().equals(region)).toList(),
				this.planning.plans(true).stream().filter((p) -> p.region().equals(region)).toList(), shared(),
				manager);
	}

	private Shared shared() {
		return new Shared(this.planning.publishedSchemes(), this.guidelines.published(),
				!this.guidelines.all().isEmpty(), this.framework.latestPublished().isPresent());
	}

	private RegionLifecycle region(Region region, List<SteeringCommittee.View> committees,
			List<TrainingPlan.View> plans, Shared shared, boolean manager) {
		Map<LifecyclePhase, Phase> phases = new EnumMap<>(LifecyclePhase.class);
		phases.put(LifecyclePhase.GOVERNANCE, governance(committees));
		phases.put(LifecyclePhase.DESIGN, design(region, shared));
		phases.put(LifecyclePhase.ADDRESSING, addressing(shared));
		List<TrainingPlan.View> running = plans.stream().filter((p) -> p.status() != PlanStatus.DRAFT).toList();
		phases.put(LifecyclePhase.PLANNING, planning(plans, running, manager));
		List<Planning.Monitoring> monitored = running.stream().map(this.planning::monitoring).toList();
		phases.put(LifecyclePhase.EXECUTION, execution(monitored));
		phases.put(LifecyclePhase.MONITORING, monitoring(running));
		return new RegionLifecycle(region, phases);
	}

	private Phase governance(List<SteeringCommittee.View> committees) {
		LocalDate since = LocalDate.now(this.clock).minusMonths(DECISION_MONTHS);
		List<Evidence> evidence = new ArrayList<>();
		boolean inPlace = false;
		for (SteeringCommittee.View committee : committees) {
			String link = "/observatory/governance/" + committee.id();
			evidence.add(new Evidence("guidelines.lifecycle.evidence.committee", committee.name(), link));
			Optional<SteeringCommittee.Decision> recent = committee.published()
				.stream()
				.filter((d) -> !d.decidedOn().isBefore(since))
				.findFirst();
			recent.ifPresent((d) -> evidence
				.add(new Evidence("guidelines.lifecycle.evidence.decision", d.decidedOn().toString(), link)));
			inPlace |= !committee.members().isEmpty() && recent.isPresent();
		}
		return new Phase(
				inPlace ? PhaseState.IN_PLACE : committees.isEmpty() ? PhaseState.NOT_STARTED : PhaseState.UNDER_WAY,
				evidence);
	}

	private Phase design(Region region, Shared shared) {
		List<Evidence> evidence = new ArrayList<>();
		if (shared.frameworkPublished()) {
			evidence.add(new Evidence("guidelines.lifecycle.evidence.framework", "", "/framework"));
		}
		shared.schemes()
			.stream()
			.filter((s) -> region.countryCode().equals(s.countryCode()))
			.forEach((s) -> evidence.add(new Evidence("guidelines.lifecycle.evidence.scheme", s.title(), s.link())));
		boolean schemes = evidence.size() > (shared.frameworkPublished() ? 1 : 0);
		return new Phase(of(shared.frameworkPublished() && schemes, shared.frameworkPublished() || schemes), evidence);
	}

	private Phase addressing(Shared shared) {
		List<Evidence> evidence = shared.guidelines()
			.stream()
			.map((g) -> new Evidence("guidelines.lifecycle.evidence.guideline", g.document().title(),
					"/guidelines/" + g.slug()))
			.toList();
		return new Phase(of(!evidence.isEmpty(), shared.guidelinesDrafted()), evidence);
	}

	private Phase planning(List<TrainingPlan.View> plans, List<TrainingPlan.View> running, boolean manager) {
		List<Evidence> evidence = new ArrayList<>();
		boolean inPlace = false;
		for (TrainingPlan.View plan : plans) {
			boolean shown = manager || plan.status().isPublic();
			evidence.add(shown
					? new Evidence("guidelines.lifecycle.evidence.plan", plan.title(),
							"/observatory/plans/" + plan.id())
					: new Evidence("guidelines.lifecycle.evidence.draftPlan", "", null));
			inPlace |= running.contains(plan) && !plan.objectives().isBlank() && !plan.funding().isEmpty();
		}
		return new Phase(of(inPlace, !plans.isEmpty()), evidence);
	}

	private Phase execution(List<Planning.Monitoring> monitored) {
		List<Evidence> evidence = new ArrayList<>();
		boolean started = false;
		boolean linked = false;
		for (Planning.Monitoring m : monitored) {
			String link = "/observatory/plans/" + m.plan().id() + "#execution";
			if (m.execution().cohorts() > 0 || m.workBasedPlans().total() > 0) {
				linked = true;
				evidence.add(new Evidence("guidelines.lifecycle.evidence.cohorts",
						String.valueOf(m.execution().cohorts()), link));
			}
			if (m.workBasedPlans().total() > 0) {
				evidence.add(new Evidence("guidelines.lifecycle.evidence.workBased",
						String.valueOf(m.workBasedPlans().total()), link));
			}
			started |= m.executing();
		}
		return new Phase(of(started, linked), evidence);
	}

	private Phase monitoring(List<TrainingPlan.View> running) {
		List<Evidence> evidence = new ArrayList<>();
		boolean inPlace = false;
		boolean begun = false;
		for (TrainingPlan.View plan : running) {
			String link = "/observatory/plans/" + plan.id() + "#monitoring";
			if (plan.reviewedOn() != null) {
				evidence.add(new Evidence("guidelines.lifecycle.evidence.review", plan.reviewedOn().toString(), link));
			}
			if (!plan.actions().isEmpty()) {
				evidence.add(new Evidence("guidelines.lifecycle.evidence.actions",
						String.valueOf(plan.actions().size()), link));
			}
			inPlace |= plan.reviewedOn() != null && !plan.actions().isEmpty();
			begun |= plan.reviewedOn() != null || !plan.actions().isEmpty();
		}
		return new Phase(of(inPlace, begun), evidence);
	}

	private static PhaseState of(boolean inPlace, boolean underWay) {
		return inPlace ? PhaseState.IN_PLACE : (underWay ? PhaseState.UNDER_WAY : PhaseState.NOT_STARTED);
	}

	private record Shared(List<PublishedScheme> schemes, List<PublishedVersion> guidelines, boolean guidelinesDrafted,
			boolean frameworkPublished) {
	}

	/** A region's six phases, in order. */
	public record RegionLifecycle(Region region, Map<LifecyclePhase, Phase> phases) {

		public Phase phase(LifecyclePhase phase) {
			return this.phases.get(phase);
		}

	}

	public record Phase(PhaseState state, List<Evidence> evidence) {
	}

	/**
	 * One record that justifies a state: the message {@code messageKey} with
	 * {@code label} as its argument, linked where the reader may follow it.
	 */
	public record Evidence(String messageKey, String label, String link) {
	}

}
