package eu.dhso.guidelines.web;

import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.report.ReportPublishing;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.guidelines.guideline.GuidelineTranslating;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guidelines and observatory entry page, with the partner network behind it. */
@Controller
class GuidelinesController {

	private final OrganisationDirectory organisations;

	private final GuidelinePublishing guidelines;

	private final ReportPublishing reports;

	private final GuidelineTranslating translating;

	GuidelinesController(OrganisationDirectory organisations, GuidelinePublishing guidelines, ReportPublishing reports,
			GuidelineTranslating translating) {
		this.translating = translating;
		this.organisations = organisations;
		this.guidelines = guidelines;
		this.reports = reports;
	}

	@GetMapping("/guidelines")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("guidelines", this.guidelines.published());
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		model.addAttribute("reports", this.reports.released());
		model.addAttribute("consultations",
				this.guidelines.all().stream().filter((g) -> g.hasDraft() && g.consultationOpen()).toList());
		return "guidelines/overview";
	}

}
