package eu.dhso.cases.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.library.LibraryQuery;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's current search as a CSV file, through the kernel's CSV writer (byte-order
 * mark, every cell safe from formula execution), with absolute links and the kernel's one
 * list separator.
 */
@Controller
class CaseExportController {

	static final int MAX_ROWS = 5000;

	static final String[] HEADER = { "id", "title", "summary", "organisation", "country", "care_setting", "stage",
			"technologies", "professions", "competences", "practice_label", "year", "published_on", "problem",
			"solution", "outcomes", "barriers", "enablers", "lessons_learned", "training_methods", "training_formats",
			"training_delivered_by", "training_hours", "training_competences", "url" };

	private final PublishedCases library;

	private final PublicUrl publicUrl;

	CaseExportController(PublishedCases library, PublicUrl publicUrl) {
		this.library = library;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/cases/export.csv")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String technology,
			@RequestParam(required = false) String profession, @RequestParam(required = false) String competence,
			@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String label, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String trainingMethod,
			@RequestParam(required = false) String trainingFormat, HttpServletResponse response) throws IOException {
		List<PublishedCase> cases = this.library.matching(new LibraryQuery(q, technology, profession, competence,
				country, careSetting, label, year, sort, 0, LibraryQuery.PAGE_SIZE, trainingMethod, trainingFormat),
				MAX_ROWS);
		response.setContentType(CsvWriter.TEXT_CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dhso-cases.csv\"");
		try (CsvWriter csv = CsvWriter.open(response.getOutputStream(), List.of(), List.of(HEADER))) {
			cases.forEach((c) -> csv.row(row(c)));
		}
	}

	private List<Object> row(PublishedCase c) {
		return List.of(String.valueOf(c.id()), c.title(), nullToEmpty(c.summary()), nullToEmpty(c.organisationName()),
				c.countryCode(), nullToEmpty(c.careSetting()), nullToEmpty(c.stage()), CsvWriter.list(c.technologies()),
				CsvWriter.list(c.professions()),
				CsvWriter.list(c.skills()
					.stream()
					.map(PublishedCase.Skill::competenceCode)
					.filter((code) -> code != null)
					.toList()),
				nullToEmpty(c.label()), (c.year() != null) ? c.year().toString() : "",
				c.publishedAt().toString().substring(0, 10), nullToEmpty(c.problem()), nullToEmpty(c.solution()),
				nullToEmpty(c.outcomes()), nullToEmpty(c.barriers()), nullToEmpty(c.enablers()),
				nullToEmpty(c.lessonsLearned()), codes(c, (t) -> Stream.of(t.method())),
				codes(c, (t) -> Stream.of(t.format())), codes(c, (t) -> Stream.of(t.deliveredBy())), hours(c),
				codes(c, (t) -> t.competences().stream().map(PublishedCase.Competence::code)),
				this.publicUrl.link("/cases/" + c.id()));
	}

	/**
	 * The codes of one part of the case's training, each once, in the kernel's list form.
	 */
	private static String codes(PublishedCase c, Function<PublishedCase.Training, Stream<String>> part) {
		return CsvWriter.list(c.training().stream().flatMap(part).distinct().toList());
	}

	/** The training hours the case reports, a number; empty when none are known. */
	private static Object hours(PublishedCase c) {
		List<Integer> known = c.training()
			.stream()
			.map(PublishedCase.Training::durationHours)
			.filter((h) -> h != null)
			.toList();
		return known.isEmpty() ? "" : known.stream().mapToInt(Integer::intValue).sum();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
