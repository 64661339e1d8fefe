package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import eu.dhso.core.text.Blank;
import eu.dhso.guidelines.guideline.GuidelineDocument.Section;

/**
 * What changed between two versions of a guideline, field by field; long texts also line
 * by line.
 */
public final class VersionDiff {

	private VersionDiff() {
	}

	public static List<FieldChange> between(GuidelineDocument before, GuidelineDocument after) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "title", before.title(), after.title());
		compare(changes, "audience", String.valueOf(before.audience()), String.valueOf(after.audience()));
		compare(changes, "summary", before.summary(), after.summary());
		Map<String, String> oldSections = sectionTexts(before);
		Map<String, String> newSections = sectionTexts(after);
		Map<String, Boolean> headings = new LinkedHashMap<>();
		oldSections.keySet().forEach((h) -> headings.put(h, true));
		newSections.keySet().forEach((h) -> headings.put(h, true));
		for (String heading : headings.keySet()) {
			compare(changes, "section:" + heading, oldSections.get(heading), newSections.get(heading));
		}
		compare(changes, "recommendations", RecommendationLines.format(before.recommendations()),
				RecommendationLines.format(after.recommendations()));
		return changes;
	}

	/**
	 * Line diff: every line of both texts once, in order, marked kept, removed or added.
	 */
	public static List<Line> lines(String before, String after) {
		List<String> original = split(before);
		List<String> revised = split(after);
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<Line> lines = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				lines.add(new Line(LineKind.KEPT, original.get(position)));
			}
			delta.getSource().getLines().forEach((l) -> lines.add(new Line(LineKind.REMOVED, l)));
			delta.getTarget().getLines().forEach((l) -> lines.add(new Line(LineKind.ADDED, l)));
			position += delta.getSource().size();
		}
		for (; position < original.size(); position++) {
			lines.add(new Line(LineKind.KEPT, original.get(position)));
		}
		return lines;
	}

	private static void compare(List<FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(Blank.toNull(before), Blank.toNull(after))) {
			changes.add(new FieldChange(field, before, after, lines(before, after)));
		}
	}

	private static Map<String, String> sectionTexts(GuidelineDocument document) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Section section : document.sections()) {
			texts.merge(Objects.requireNonNullElse(section.heading(), ""), section.markdown(), (a, b) -> a + "\n" + b);
		}
		return texts;
	}

	private static List<String> split(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split("\\R", -1));
	}

	/**
	 * A changed field: {@code title}, {@code audience}, {@code summary},
	 * {@code recommendations} or {@code section:<heading>}.
	 */
	public record FieldChange(String field, String before, String after, List<Line> lines) {

		public boolean isSection() {
			return this.field.startsWith("section:");
		}

		public String sectionHeading() {
			return isSection() ? this.field.substring("section:".length()) : null;
		}

	}

	public record Line(LineKind kind, String text) {
	}

	public enum LineKind {

		KEPT, REMOVED, ADDED

	}

}
