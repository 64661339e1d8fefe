package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelineDocument.Recommendation;

/**
 * Recommendations as editors type them, one per line: the text, a vertical bar, then the
 * evidence as {@code case:12 cell:NURSE/S2.4/2025 profile:NURSE}, as the citation picker
 * writes it. Parsing checks only the form; whether the evidence exists and is public is
 * checked against the evidence itself.
 */
public final class RecommendationLines {

	private RecommendationLines() {
	}

	/**
	 * @throws IllegalArgumentException naming the first line that does not parse
	 */
	public static List<Recommendation> parse(String lines) {
		List<Recommendation> recommendations = new ArrayList<>();
		int number = 0;
		for (String line : (lines != null ? lines : "").split("\\R")) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String text = (bar < 0 ? line : line.substring(0, bar)).strip();
			List<Evidence> evidence = new ArrayList<>();
			if (bar >= 0) {
				for (String token : line.substring(bar + 1).strip().split("\\s+")) {
					if (!token.isEmpty()) {
						evidence.add(evidence(token, number));
					}
				}
			}
			if (text.isEmpty()) {
				throw new IllegalArgumentException("line " + number);
			}
			recommendations.add(new Recommendation(text, evidence));
		}
		return recommendations;
	}

	public static String format(List<Recommendation> recommendations) {
		return recommendations.stream().map(RecommendationLines::format).collect(Collectors.joining("\n"));
	}

	public static String format(Recommendation recommendation) {
		if (recommendation.evidence().isEmpty()) {
			return recommendation.text();
		}
		return recommendation.text() + " | "
				+ recommendation.evidence().stream().map(Evidence::token).collect(Collectors.joining(" "));
	}

	private static Evidence evidence(String token, int number) {
		int colon = token.indexOf(':');
		EvidenceKind kind = (colon > 0) ? EvidenceKind.ofPrefix(token.substring(0, colon)) : null;
		if (kind != null) {
			try {
				return new Evidence(kind, token.substring(colon + 1));
			}
			catch (IllegalArgumentException ex) {
				// reported below with the line number
			}
		}
		throw new IllegalArgumentException("line " + number);
	}

}
