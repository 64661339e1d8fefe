package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.guideline.VersionDiff;
import eu.dhso.guidelines.text.Markdown;

import eu.dhso.core.web.PageDescription;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.guidelines.guideline.GuidelineTranslating;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Published guidelines for everyone: a version, the changelog, a comparison, the PDF. */
@Controller
class GuidelinePagesController {

	private final GuidelinePublishing guidelines;

	private final Markdown markdown;

	private final GuidelinePdf pdf;

	private final GuidelineTranslating translating;

	GuidelinePagesController(GuidelinePublishing guidelines, Markdown markdown, GuidelinePdf pdf,
			GuidelineTranslating translating) {
		this.translating = translating;
		this.guidelines = guidelines;
		this.markdown = markdown;
		this.pdf = pdf;
	}

	@GetMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}")
	String latest(@PathVariable String slug, Model model) {
		return show(this.guidelines.latest(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)), model);
	}

	@GetMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}/versions/{number:\\d+}")
	String version(@PathVariable String slug, @PathVariable int number, Model model) {
		return show(find(slug, number), model);
	}

	@GetMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}/compare")
	String compare(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Model model) {
		PublishedVersion before = find(slug, from);
		PublishedVersion after = find(slug, to);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("changes", VersionDiff.between(before.document(), after.document()));
		model.addAttribute("versions", this.guidelines.versions(slug));
		return "guidelines/compare";
	}

	@GetMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}/versions/{number:\\d+}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable int number, Locale locale) {
		PublishedVersion version = find(slug, number);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(slug + "-v" + number + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.pdf.render(version, locale));
	}

	private String show(PublishedVersion version, Model model) {
		List<PublishedVersion> versions = this.guidelines.versions(version.slug());
		model.addAttribute("version", version);
		PageDescription.describe(model, version.document().summary());
		model.addAttribute("view", GuidelineView.of(version.document(), this.markdown));
		model.addAttribute("versions", versions);
		model.addAttribute("latest", versions.get(0).number() == version.number());
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "guidelines/guideline";
	}

	private PublishedVersion find(String slug, int number) {
		return this.guidelines.version(slug, number).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
