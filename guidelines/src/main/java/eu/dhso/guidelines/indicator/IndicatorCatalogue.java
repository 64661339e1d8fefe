package eu.dhso.guidelines.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static eu.dhso.guidelines.indicator.LifecyclePhase.ADDRESSING;
import static eu.dhso.guidelines.indicator.LifecyclePhase.DESIGN;
import static eu.dhso.guidelines.indicator.LifecyclePhase.EXECUTION;
import static eu.dhso.guidelines.indicator.LifecyclePhase.GOVERNANCE;
import static eu.dhso.guidelines.indicator.LifecyclePhase.MONITORING;
import static eu.dhso.guidelines.indicator.LifecyclePhase.PLANNING;

/**
 * What each indicator means: its ProMIS phase, its definition and its source, as message
 * keys written out once here (every one is rendered by the indicators page's test).
 */
public final class IndicatorCatalogue {

	private static final String CASES = "guidelines.indicator.source.cases";

	private static final String SKILLS = "guidelines.indicator.source.skills";

	private static final String LAB = "guidelines.indicator.source.lab";

	private static final String OBSERVATORY = "guidelines.indicator.source.observatory";

	private static final String POLICY = "guidelines.indicator.source.policy";

	private static final List<Entry> ENTRIES = List.of(
			new Entry("network.members", GOVERNANCE, "guidelines.indicator.definition.network.members", OBSERVATORY),
			new Entry("network.approved-members", GOVERNANCE,
					"guidelines.indicator.definition.network.approved-members", OBSERVATORY),
			new Entry("guidelines.published", GOVERNANCE, "guidelines.indicator.definition.guidelines.published",
					OBSERVATORY),
			new Entry("policy.strategy-coverage", GOVERNANCE,
					"guidelines.indicator.definition.policy.strategy-coverage", POLICY),
			new Entry("skills.role-profiles", DESIGN, "guidelines.indicator.definition.skills.role-profiles", SKILLS),
			new Entry("cases.published", DESIGN, "guidelines.indicator.definition.cases.published", CASES),
			new Entry("cases.good-practices", DESIGN, "guidelines.indicator.definition.cases.good-practices", CASES),
			new Entry("cases.promising-practices", DESIGN, "guidelines.indicator.definition.cases.promising-practices",
					CASES),
			new Entry("skills.professionals-assessed", ADDRESSING,
					"guidelines.indicator.definition.skills.professionals-assessed", SKILLS),
			new Entry("skills.average-gap", ADDRESSING, "guidelines.indicator.definition.skills.average-gap", SKILLS),
			new Entry("policy.training-budget-share", PLANNING,
					"guidelines.indicator.definition.policy.training-budget-share", POLICY),
			new Entry("lab.cohorts", PLANNING, "guidelines.indicator.definition.lab.cohorts", LAB),
			new Entry("lab.people-trained", EXECUTION, "guidelines.indicator.definition.lab.people-trained", LAB),
			new Entry("lab.mentored-professionals", EXECUTION,
					"guidelines.indicator.definition.lab.mentored-professionals", LAB),
			new Entry("lab.mentoring-activities-signed-off", EXECUTION,
					"guidelines.indicator.definition.lab.mentoring-activities-signed-off", LAB),
			new Entry("skills.change-agents", EXECUTION, "guidelines.indicator.definition.skills.change-agents",
					SKILLS),
			new Entry("skills.change-agent-activities", EXECUTION,
					"guidelines.indicator.definition.skills.change-agent-activities", SKILLS),
			new Entry("skills.change-agent-reach", EXECUTION,
					"guidelines.indicator.definition.skills.change-agent-reach", SKILLS),
			new Entry("events.held", EXECUTION, "guidelines.indicator.definition.events.held", OBSERVATORY),
			new Entry("events.attendees", EXECUTION, "guidelines.indicator.definition.events.attendees", OBSERVATORY),
			new Entry("lab.learning-gain", MONITORING, "guidelines.indicator.definition.lab.learning-gain", LAB),
			new Entry("reports.published", MONITORING, "guidelines.indicator.definition.reports.published",
					OBSERVATORY));

	private static final Map<String, Entry> BY_CODE = ENTRIES.stream()
		.collect(Collectors.toMap(Entry::code, Function.identity()));

	private IndicatorCatalogue() {
	}

	/** Every known indicator, phase by phase. */
	public static List<Entry> entries() {
		return ENTRIES;
	}

	/**
	 * The indicator's entry; a policy indicator an administrator added later is a
	 * governance figure with the source entered beside it, anything else unknown a
	 * monitoring figure without a definition of its own.
	 */
	public static Entry of(String code) {
		Entry entry = BY_CODE.get(code);
		if (entry != null) {
			return entry;
		}
		return code.startsWith("policy.")
				? new Entry(code, GOVERNANCE, "guidelines.indicator.definition.policy.other", POLICY)
				: new Entry(code, MONITORING, "guidelines.indicator.definition.other", OBSERVATORY);
	}

	/** An indicator's place in the ProMIS lifecycle and the keys of its explanation. */
	public record Entry(String code, LifecyclePhase phase, String definitionKey, String sourceKey) {
	}

}
