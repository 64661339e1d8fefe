package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of one version of a guideline. Sections come from the Markdown body, split
 * at its second-level headings, so editors write one document and readers comment on its
 * parts.
 */
public record GuidelineDocument(String title, Audience audience, String summary, String body,
		List<Recommendation> recommendations) {

	public GuidelineDocument {
		recommendations = (recommendations != null) ? List.copyOf(recommendations) : List.of();
	}

	public List<Section> sections() {
		List<Section> sections = new ArrayList<>();
		String heading = null;
		StringBuilder text = new StringBuilder();
		for (String line : (this.body != null ? this.body : "").split("\\R", -1)) {
			if (line.startsWith("## ")) {
				if (heading != null || !text.toString().isBlank()) {
					sections.add(new Section(sections.size(), heading, text.toString().strip()));
				}
				heading = line.substring(3).strip();
				text.setLength(0);
			}
			else {
				text.append(line).append('\n');
			}
		}
		if (heading != null || !text.toString().isBlank()) {
			sections.add(new Section(sections.size(), heading, text.toString().strip()));
		}
		return sections;
	}

	/** A part of the body: its heading (null for any text before the first one). */
	public record Section(int index, String heading, String markdown) {
	}

	/** A recommendation and the evidence it rests on. */
	public record Recommendation(String text, List<Evidence> evidence) {

		public Recommendation {
			evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		}

	}

	/**
	 * A citation of evidence by the stable public address of what it cites: a published
	 * case by its id, a skills-map cell by profession and competence code, a learning-lab
	 * evaluation by its URL.
	 */
	public record Evidence(EvidenceKind kind, String reference) {

		private static final Pattern CASE = Pattern.compile("\\d{1,12}");

		private static final Pattern CELL = Pattern.compile("([A-Z_]{2,40})/([A-Za-z0-9.]{1,20})");

		private static final Pattern LINK = Pattern.compile("(/lab(/[A-Za-z0-9/_.\\-]*)?|https://[^\\s<>\"]{4,300})");

		public Evidence {
			Pattern pattern = switch (kind) {
				case CASE -> CASE;
				case SKILLS_CELL -> CELL;
				case LAB_EVALUATION -> LINK;
			};
			if (reference == null || !pattern.matcher(reference).matches()) {
				throw new IllegalArgumentException("Not a valid " + kind + " reference: " + reference);
			}
		}

		/**
		 * Where the citation leads; the targets are public pages that keep their address.
		 */
		public String href() {
			return switch (this.kind) {
				case CASE -> "/cases/" + this.reference;
				case SKILLS_CELL -> {
					Matcher cell = CELL.matcher(this.reference);
					cell.matches();
					yield "/skills/profiles/" + cell.group(1) + "#competence-" + cell.group(2);
				}
				case LAB_EVALUATION -> this.reference;
			};
		}

		public String profession() {
			Matcher cell = CELL.matcher(this.reference);
			return cell.matches() ? cell.group(1) : null;
		}

		public String competence() {
			Matcher cell = CELL.matcher(this.reference);
			return cell.matches() ? cell.group(2) : null;
		}

	}

	public enum EvidenceKind {

		CASE("case"), SKILLS_CELL("skills"), LAB_EVALUATION("lab");

		private final String prefix;

		EvidenceKind(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return this.prefix;
		}

	}

}
