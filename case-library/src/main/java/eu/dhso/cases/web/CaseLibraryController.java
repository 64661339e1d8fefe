package eu.dhso.cases.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.domain.CaseNotFoundException;
import eu.dhso.cases.library.LibraryPage;
import eu.dhso.cases.library.LibraryQuery;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.cases.workflow.CaseAttachments;
import eu.dhso.core.web.PageDescription;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public online library: search with facets, and each published case. */
@Controller
class CaseLibraryController {

	private final PublishedCases library;

	private final CaseAttachments attachments;

	CaseLibraryController(PublishedCases library, CaseAttachments attachments) {
		this.library = library;
		this.attachments = attachments;
	}

	@GetMapping("/cases")
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String technology,
			@RequestParam(required = false) String profession, @RequestParam(required = false) String competence,
			@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String label, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String trainingMethod,
			@RequestParam(required = false) String trainingFormat, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size, Model model) {
		LibraryQuery query = new LibraryQuery(q, technology, profession, competence, country, careSetting, label, year,
				sort, page, size, trainingMethod, trainingFormat);
		LibraryPage result = this.library.search(query);
		if (query.page() > 0 && query.page() >= result.totalPages()) {
			// A page past the end (an old link, a shrunk result) shows the last page,
			// never "Page 100 of 3".
			query = query.onPage(Math.max(0, result.totalPages() - 1));
			result = this.library.search(query);
		}
		model.addAttribute("result", result);
		model.addAttribute("query", query);
		return "cases/library";
	}

	@GetMapping("/cases/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		PublishedCase published = this.library.find(id).orElseThrow(() -> new CaseNotFoundException(id));
		Map<String, List<PublishedCases.Related>> related = this.library.needingCompetences(
				published.skills().stream().map(PublishedCase.Skill::competenceCode).filter(Objects::nonNull).toList(),
				id, 3);
		model.addAttribute("c", published);
		PageDescription.describe(model, published.summary());
		model.addAttribute("related", related);
		model.addAttribute("attachments", this.attachments.publicOf(id));
		return "cases/detail";
	}

}
