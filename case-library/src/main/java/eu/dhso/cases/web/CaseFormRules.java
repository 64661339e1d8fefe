package eu.dhso.cases.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.Indicator;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.domain.StaffTraining;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import static eu.dhso.cases.web.CaseForm.trimmed;

/**
 * The checks of the case form that annotations cannot express (codes from the taxonomy,
 * complete rows, dates in order) and how each step's input changes the case.
 */
@Component
class CaseFormRules {

	private final Taxonomy taxonomy;

	private final CompetenceIndex competences;

	private final Clock clock = Clock.systemUTC();

	CaseFormRules(Taxonomy taxonomy, CompetenceIndex competences) {
		this.taxonomy = taxonomy;
		this.competences = competences;
	}

	void check(CaseStep step, CaseForm form, Errors errors) {
		switch (step) {
			case BASICS -> checkBasics(form, errors);
			case OUTCOMES -> {
				for (int i = 0; i < form.getIndicators().size(); i++) {
					CaseForm.IndicatorRow row = form.getIndicators().get(i);
					if (!row.isBlank() && trimmed(row.getName()) == null) {
						errors.rejectValue("indicators[" + i + "].name", "cases.indicator.nameMissing");
					}
					if (!row.isBlank() && trimmed(row.getValue()) == null) {
						errors.rejectValue("indicators[" + i + "].value", "cases.indicator.valueMissing");
					}
				}
			}
			case SKILLS -> {
				Set<Long> known = this.competences.byId().keySet();
				for (int i = 0; i < form.getSkills().size(); i++) {
					CaseForm.SkillRow row = form.getSkills().get(i);
					if (row.isBlank()) {
						continue;
					}
					if (row.getCompetenceId() == null || !known.contains(row.getCompetenceId())) {
						errors.rejectValue("skills[" + i + "].competenceId", "cases.skill.competenceMissing");
					}
					if (row.getImportance() == null) {
						errors.rejectValue("skills[" + i + "].importance", "cases.skill.importanceMissing");
					}
				}
			}
			case TRAINING -> {
				Set<Long> known = this.competences.byId().keySet();
				for (int i = 0; i < form.getTraining().size(); i++) {
					CaseForm.TrainingRow row = form.getTraining().get(i);
					if (row.isBlank()) {
						continue;
					}
					if (row.getMethod() == null) {
						errors.rejectValue("training[" + i + "].method", "cases.training.methodMissing");
					}
					if (row.getFormat() == null) {
						errors.rejectValue("training[" + i + "].format", "cases.training.formatMissing");
					}
					if (row.getDeliveredBy() == null) {
						errors.rejectValue("training[" + i + "].deliveredBy", "cases.training.providerMissing");
					}
					if (row.getCompetenceIds().stream().anyMatch((id) -> id == null || !known.contains(id))) {
						errors.rejectValue("training[" + i + "].competenceIds", "cases.code.unknown");
					}
				}
			}
			case INTERVIEWS -> {
				for (int i = 0; i < form.getInterviewees().size(); i++) {
					CaseForm.IntervieweeRow row = form.getInterviewees().get(i);
					if (!row.isBlank() && trimmed(row.getRole()) == null) {
						errors.rejectValue("interviewees[" + i + "].role", "cases.interviewee.roleMissing");
					}
				}
			}
			default -> {
			}
		}
	}

	private void checkBasics(CaseForm form, Errors errors) {
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			errors.rejectValue("periodEnd", "cases.period.endBeforeStart");
		}
		if (trimmed(form.getCountryCode()) != null && !this.taxonomy.isCountry(form.getCountryCode())) {
			errors.rejectValue("countryCode", "cases.code.unknown");
		}
		if (trimmed(form.getCareSetting()) != null && !this.taxonomy.isCareSetting(form.getCareSetting())) {
			errors.rejectValue("careSetting", "cases.code.unknown");
		}
		if (form.getTechnologies().stream().anyMatch((t) -> !this.taxonomy.isTechnology(t))) {
			errors.rejectValue("technologies", "cases.code.unknown");
		}
		if (form.getProfessions().stream().anyMatch((p) -> !this.taxonomy.isProfession(p))) {
			errors.rejectValue("professions", "cases.code.unknown");
		}
	}

	/** The change one step makes to the case, from input that passed the checks. */
	Consumer<InterviewCase> changes(CaseStep step, CaseForm form) {
		return switch (step) {
			// a post without a country (the form always sends one) keeps the case where
			// it is
			case BASICS -> (c) -> {
				c.describeBasics(form.getTitle().strip(), trimmed(form.getSummary()), trimmed(form.getCareSetting()),
						new ImplementationPeriod(form.getPeriodStart(), form.getPeriodEnd()), form.getStage(),
						form.getTechnologies(), form.getProfessions(), this.clock);
				if (trimmed(form.getCountryCode()) != null) {
					c.placeIn(form.getCountryCode(), this.clock);
				}
			};
			case CONTEXT ->
				(c) -> c.describeContext(trimmed(form.getProblem()), trimmed(form.getSolution()), this.clock);
			case OUTCOMES -> (c) -> c.describeOutcomes(trimmed(form.getOutcomes()), trimmed(form.getBarriers()),
					trimmed(form.getEnablers()), trimmed(form.getLessonsLearned()), indicators(form), this.clock);
			case SKILLS -> (c) -> c.listSkills(skills(form), this.clock);
			case TRAINING -> (c) -> c.describeTraining(training(form), this.clock);
			case INTERVIEWS -> (c) -> c.recordInterview(
					new Interview(form.getInterviewDate(), trimmed(form.getInterviewer()),
							trimmed(form.getConsentReference()), form.getConsentScope()),
					interviewees(form), this.clock);
			case REFERENCES -> (c) -> c.citeReferences(trimmed(form.getReferenceLinks()), this.clock);
		};
	}

	private static List<Indicator> indicators(CaseForm form) {
		List<Indicator> indicators = new ArrayList<>();
		for (CaseForm.IndicatorRow row : form.getIndicators()) {
			if (!row.isBlank()) {
				indicators.add(new Indicator(trimmed(row.getName()), trimmed(row.getValue()), trimmed(row.getUnit()),
						trimmed(row.getBaseline()), trimmed(row.getSource())));
			}
		}
		return indicators;
	}

	private static List<SkillNeed> skills(CaseForm form) {
		return form.getSkills()
			.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new SkillNeed(row.getCompetenceId(), row.getImportance(), trimmed(row.getNote())))
			.toList();
	}

	private static List<StaffTraining> training(CaseForm form) {
		return form.getTraining()
			.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new StaffTraining(row.getMethod(), row.getFormat(), row.getDurationHours(),
					row.getDeliveredBy(), row.getCompetenceIds()))
			.toList();
	}

	private static List<Interviewee> interviewees(CaseForm form) {
		return form.getInterviewees()
			.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new Interviewee(trimmed(row.getRole()), trimmed(row.getName())))
			.toList();
	}

}
