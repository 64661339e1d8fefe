package eu.dhso.guidelines.planning;

/**
 * Where a plan's money comes from: EU funds (the Recovery and Resilience Facility through
 * a national plan, ESF+, the Technical Support Instrument, Erasmus+), national or
 * regional budgets. Shown as {@code guidelines.plan.funding.<NAME>}.
 */
public enum FundingSource {

	RRF_NRRP, ESF_PLUS, TSI, ERASMUS_PLUS, NATIONAL, REGIONAL, OTHER

}
