package eu.dhso.lab.web;

import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.catalogue.Catalogue;
import eu.dhso.lab.catalogue.CatalogueRequest;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.translation.ContentLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The learning lab's entry page and the combined catalogue. */
@Controller
class LearningLabController {

	private final Taxonomy taxonomy;

	private final PublishedSchemes schemes;

	private final CohortViews cohorts;

	private final ResourceLibrary resources;

	private final Catalogue catalogue;

	private final SchemeTranslating translating;

	LearningLabController(Taxonomy taxonomy, PublishedSchemes schemes, CohortViews cohorts, ResourceLibrary resources,
			Catalogue catalogue, SchemeTranslating translating) {
		this.translating = translating;
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
	String catalogue(CatalogueSearch search, Model model) {
		CatalogueRequest request = search.request();
		model.addAttribute("request", request);
		model.addAttribute("result", this.catalogue.search(request));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/catalogue";
	}

	/**
	 * The catalogue's search form: every field a request parameter, so each state is a
	 * shareable URL.
	 */
	record CatalogueSearch(String q, String profession, String competence, String technology, String language,
			String format, String licence, String kind, Integer page, String activityFormat) {

		CatalogueRequest request() {
			return new CatalogueRequest(this.q, this.profession, this.competence, this.technology, this.language,
					this.format, this.licence, this.kind, (this.page != null) ? this.page : 0, this.activityFormat);
		}

	}

}
