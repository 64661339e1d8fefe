package eu.dhso.cases.web;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.TrainingMethod;
import eu.dhso.cases.domain.TrainingProvider;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.taxonomy.TrainingFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** The choices the case form offers, read in one transaction. */
@Component
class CaseFormModel {

	private final Taxonomy taxonomy;

	private final CompetenceIndex competences;

	CaseFormModel(Taxonomy taxonomy, CompetenceIndex competences) {
		this.taxonomy = taxonomy;
		this.competences = competences;
	}

	@Transactional(readOnly = true)
	String stepView(Model model, CaseStep step, Long caseId) {
		model.addAttribute("step", step);
		model.addAttribute("steps", CaseStep.values());
		model.addAttribute("caseId", caseId);
		model.addAttribute("technologies", this.taxonomy.technologies());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("careSettings", this.taxonomy.careSettings());
		model.addAttribute("countries", this.taxonomy.countries());
		model.addAttribute("stages", ImplementationStage.values());
		model.addAttribute("consentScopes", ConsentScope.values());
		model.addAttribute("competences", this.competences.all());
		model.addAttribute("trainingMethods", TrainingMethod.values());
		model.addAttribute("trainingFormats", TrainingFormat.values());
		model.addAttribute("trainingProviders", TrainingProvider.values());
		return "cases/partner/edit";
	}

}
