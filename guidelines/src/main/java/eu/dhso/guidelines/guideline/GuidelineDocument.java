package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import eu.dhso.core.evidence.CitedEvidence;

/**
 * The content of one version of a guideline. Sections come from the Markdown body, split
 * at its second-level headings, so editors write one document and readers comment on its
 * parts.
 */
public record GuidelineDocument(String title, Audience audience, String summary, String body,
		List<Recommendation> recommendations, List<String> professions) {

	/**
	 * @param professions the professions (taxonomy codes) the guideline speaks to,
	 * besides its audience; versions written before audiences named professions have none
	 */
	public GuidelineDocument {
		recommendations = (recommendations != null) ? List.copyOf(recommendations) : List.of();
		professions = (professions != null) ? List.copyOf(professions) : List.of();
	}

	/** A document that names no profession. */
	public GuidelineDocument(String title, Audience audience, String summary, String body,
			List<Recommendation> recommendations) {
		this(title, audience, summary, body, recommendations, List.of());
	}

	/** The same text with every citation mapped, e.g. checked or frozen. */
	public GuidelineDocument withEvidence(UnaryOperator<Evidence> map) {
		return new GuidelineDocument(this.title, this.audience, this.summary, this.body,
				this.recommendations.stream()
					.map((r) -> new Recommendation(r.text(), r.evidence().stream().map(map).toList()))
					.toList(),
				this.professions);
	}

	/** Whether the audience names the profession. */
	public boolean speaksTo(String profession) {
		return this.professions.contains(profession);
	}

	/** Every citation, in order. */
	public List<Evidence> evidence() {
		return this.recommendations.stream().flatMap((r) -> r.evidence().stream()).toList();
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
	 * A typed citation of evidence. A draft keeps what the editor cited, checked against
	 * the evidence when saved; publishing freezes the reference to the exact version or
	 * period, and keeps the title, version and figure as they were, with the public page
	 * that shows them. Citations from before they were typed carry no title.
	 */
	public record Evidence(EvidenceKind kind, String reference, String title, String version, String figure,
			String href) {

		private static final Pattern CASE = Pattern.compile("\\d{1,12}");

		private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.@/\\-]{1,200}");

		private static final Pattern LINK = Pattern.compile("(/lab(/[A-Za-z0-9/_.\\-]*)?|https://[^\\s<>\"]{4,300})");

		public Evidence {
			Pattern pattern = (kind == EvidenceKind.LAB_EVALUATION) ? LINK
					: (kind == EvidenceKind.CASE) ? CASE : REFERENCE;
			if (kind == null || reference == null || !pattern.matcher(reference).matches()) {
				throw new IllegalArgumentException("Not a valid " + kind + " reference: " + reference);
			}
			if (href != null && !href.startsWith("/")) {
				throw new IllegalArgumentException("Evidence leads to a page of the observatory: " + href);
			}
		}

		/** A citation as written, not yet checked against the evidence. */
		public Evidence(EvidenceKind kind, String reference) {
			this(kind, reference, null, null, null, null);
		}

		/**
		 * The citation with what the evidence is now: pinned reference, title, version,
		 * figure.
		 */
		public static Evidence of(CitedEvidence cited) {
			return new Evidence(EvidenceKind.valueOf(cited.kind().name()), cited.reference(), cited.title(),
					cited.version(), cited.figure(), cited.href());
		}

		/** The profession of a cited skills-map cell, else null. */
		public String profession() {
			return (this.kind == EvidenceKind.SKILLS_CELL) ? this.reference.split("/")[0] : null;
		}

		/** The competence code of a cited skills-map cell, else null. */
		public String competence() {
			String[] parts = this.reference.split("/");
			return (this.kind == EvidenceKind.SKILLS_CELL && parts.length > 1) ? parts[1] : null;
		}

		/** How the citation is written in the editor: {@code prefix:reference}. */
		public String token() {
			return this.kind.prefix() + ":" + this.reference;
		}

		/**
		 * Where the citation leads: the public page of what was cited; for citations from
		 * before they were typed, the page their reference named.
		 */
		public String link() {
			if (this.href != null) {
				return this.href;
			}
			return switch (this.kind) {
				case CASE -> "/cases/" + this.reference;
				// a cohort's evaluation for trainers asks for sign-in; its public page
				// does not
				case LAB_EVALUATION ->
					this.reference.replaceFirst("^/lab/evaluation/cohorts/(\\d+)(/.*)?$", "/lab/cohorts/$1/evaluation");
				default -> null;
			};
		}

	}

	/**
	 * The kinds of evidence, as the kernel names them ({@link EvidenceKind#core()}), and
	 * the learning-lab link that guidelines cited before citations were typed: still
	 * read, no longer accepted.
	 */
	public enum EvidenceKind {

		CASE, SKILLS_CELL, ROLE_PROFILE, PILOT_EVALUATION, GUIDELINE, OBSERVATORY_REPORT, INDICATOR, LAB_EVALUATION;

		/** The kernel's kind, or null for a citation no longer accepted. */
		public eu.dhso.core.evidence.EvidenceKind core() {
			return (this == LAB_EVALUATION) ? null : eu.dhso.core.evidence.EvidenceKind.valueOf(name());
		}

		public String prefix() {
			return (this == LAB_EVALUATION) ? "lab" : core().prefix();
		}

		/**
		 * The kind written with this prefix ({@code skills:} is the old name of a cell);
		 * null if none.
		 */
		public static EvidenceKind ofPrefix(String prefix) {
			if ("skills".equals(prefix)) {
				return SKILLS_CELL;
			}
			for (EvidenceKind kind : values()) {
				if (kind.prefix().equals(prefix)) {
					return kind;
				}
			}
			return null;
		}

	}

}
