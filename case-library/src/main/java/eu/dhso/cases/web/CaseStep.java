package eu.dhso.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the case form. Each saves on its own, so a partner can stop after any of
 * them and come back to the draft later.
 */
enum CaseStep {

	BASICS("basics", CaseForm.Basics.class, "cases.field.title", "cases.field.summary", "cases.field.careSetting",
			"cases.field.periodStart", "cases.field.periodEnd", "cases.field.stage", "cases.field.technologies",
			"cases.field.professions"),
	CONTEXT("context", CaseForm.Context.class, "cases.field.problem", "cases.field.solution"),
	OUTCOMES("outcomes", CaseForm.Outcomes.class, "cases.field.outcomes", "cases.field.indicators",
			"cases.field.barriers", "cases.field.enablers", "cases.field.lessonsLearned"),
	SKILLS("skills", CaseForm.Skills.class, "cases.field.skills"),
	TRAINING("training", CaseForm.Training.class, "cases.field.training"),
	INTERVIEWS("interviews", CaseForm.Interviews.class, "cases.field.interviewees", "cases.field.interviewDate",
			"cases.field.interviewer", "cases.field.consentReference", "cases.field.consentScope"),
	REFERENCES("references", CaseForm.References.class, "cases.field.referenceLinks");

	/** Fields the form shows as text areas, which show an editor's comment inline. */
	static final java.util.Set<String> TEXT_AREAS = java.util.Set.of("cases.field.summary", "cases.field.problem",
			"cases.field.solution", "cases.field.outcomes", "cases.field.barriers", "cases.field.enablers",
			"cases.field.lessonsLearned", "cases.field.referenceLinks");

	private final String path;

	private final Class<?> validationGroup;

	private final List<String> fields;

	CaseStep(String path, Class<?> validationGroup, String... fields) {
		this.path = path;
		this.validationGroup = validationGroup;
		this.fields = List.of(fields);
	}

	static Optional<CaseStep> of(String path) {
		return Arrays.stream(values()).filter((s) -> s.path.equals(path)).findFirst();
	}

	public String getPath() {
		return this.path;
	}

	Class<?> validationGroup() {
		return this.validationGroup;
	}

	/**
	 * The message keys of the fields this step edits, as the case's snapshot names them.
	 */
	public List<String> getFields() {
		return this.fields;
	}

	public String messageKey() {
		return "cases.step." + this.path;
	}

	public int getNumber() {
		return ordinal() + 1;
	}

	Optional<CaseStep> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

}
