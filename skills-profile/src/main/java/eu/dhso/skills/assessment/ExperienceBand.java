package eu.dhso.skills.assessment;

/** Years of professional experience, in bands coarse enough not to identify anyone. */
public enum ExperienceBand {

	UNDER_2, YEARS_2_5, YEARS_6_10, YEARS_11_20, OVER_20

}
