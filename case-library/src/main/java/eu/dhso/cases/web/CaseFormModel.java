package eu.dhso.cases.web;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Countries;
import eu.dhso.core.taxonomy.Professions;
import eu.dhso.core.taxonomy.Technologies;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** The choices the case form offers, read in one transaction. */
@Component
class CaseFormModel {

	private final Technologies technologies;

	private final Professions professions;

	private final CareSettings careSettings;

	private final CompetenceIndex competences;

	private final Countries countries;

	CaseFormModel(Technologies technologies, Professions professions, CareSettings careSettings,
			CompetenceIndex competences, Countries countries) {
		this.technologies = technologies;
		this.professions = professions;
		this.careSettings = careSettings;
		this.competences = competences;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	String stepView(Model model, CaseStep step, Long caseId) {
		model.addAttribute("step", step);
		model.addAttribute("steps", CaseStep.values());
		model.addAttribute("caseId", caseId);
		model.addAttribute("technologies", this.technologies.findAllByOrderBySortOrder());
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		model.addAttribute("careSettings", this.careSettings.findAllByOrderBySortOrder());
		model.addAttribute("countries", this.countries.findAllByOrderBySortOrder());
		model.addAttribute("stages", ImplementationStage.values());
		model.addAttribute("consentScopes", ConsentScope.values());
		model.addAttribute("competences", this.competences.all());
		return "cases/partner/edit";
	}

}
