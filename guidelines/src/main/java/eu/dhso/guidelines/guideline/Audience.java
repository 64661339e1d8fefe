package eu.dhso.guidelines.guideline;

/** Who a guideline speaks to. */
public enum Audience {

	POLICY_MAKERS, HEALTHCARE_ORGANISATIONS, EDUCATION_PROVIDERS, TECHNOLOGY_PROVIDERS

}
