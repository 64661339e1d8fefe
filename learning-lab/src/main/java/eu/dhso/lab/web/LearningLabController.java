package eu.dhso.lab.web;

import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.catalogue.Catalogue;
import eu.dhso.lab.catalogue.CatalogueRequest;
import eu.dhso.lab.cohort.CohortService;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.scheme.PublishedSchemes;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The learning lab's entry page and the combined catalogue. */
@Controller
class LearningLabController {

	private final Taxonomy taxonomy;

	private final PublishedSchemes schemes;

	private final CohortService cohorts;

	private final ResourceLibrary resources;

	private final Catalogue catalogue;

	LearningLabController(Taxonomy taxonomy, PublishedSchemes schemes, CohortService cohorts, ResourceLibrary resources,
			Catalogue catalogue) {
		this.taxonomy = taxonomy;
		this.schemes = schemes;
		this.cohorts = cohorts;
		this.resources = resources;
		this.catalogue = catalogue;
	}

	@GetMapping("/lab")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("careSettings", this.taxonomy.careSettings());
		model.addAttribute("schemes", this.schemes.latestVersions());
		model.addAttribute("cohorts", this.cohorts.upcoming(null));
		model.addAttribute("resourceCount", this.resources.publishedCount());
		model.addAttribute("today", this.cohorts.today());
		return "lab/overview";
	}

	@GetMapping("/lab/catalogue")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String profession,
			@RequestParam(required = false) String competence, @RequestParam(required = false) String technology,
			@RequestParam(required = false) String language, @RequestParam(required = false) String format,
			@RequestParam(required = false) String licence, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CatalogueRequest request = new CatalogueRequest(q, profession, competence, technology, language, format,
				licence, kind, page);
		model.addAttribute("request", request);
		model.addAttribute("result", this.catalogue.search(request));
		return "lab/catalogue";
	}

}
