package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.text.Markdown;

/** A guideline document as pages show it: sections already rendered to safe HTML. */
record GuidelineView(GuidelineDocument document, String summaryHtml, List<RenderedSection> sections) {

	static GuidelineView of(GuidelineDocument document, Markdown markdown) {
		return new GuidelineView(document, markdown.toSafeHtml(document.summary()),
				document.sections()
					.stream()
					.map((s) -> new RenderedSection(s.index(), s.heading(), markdown.toSafeHtml(s.markdown())))
					.toList());
	}

	record RenderedSection(int index, String heading, String html) {
	}

}
