package eu.dhso.skills.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.dhso.core.framework.CompetenceKind;

/**
 * What a framework version must look like, checked the same way for the edit forms and
 * for an imported file. Problems are message keys with the place they were found.
 */
public final class FrameworkRules {

	/** The 21 competences of DigComp 2.2. */
	static final Set<String> DIGCOMP_CODES = Set.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
			"3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");

	static final Pattern ESCO_URI = Pattern
		.compile("http://data\\.europa\\.eu/esco/(skill|occupation|isco)/[A-Za-z0-9][A-Za-z0-9.\\-]{0,80}");

	static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

	static final Pattern COMPETENCE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.]{0,9}");

	static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,39}");

	private FrameworkRules() {
	}

	/** A broken rule; {@code where} names the area or competence code, if any. */
	public record Problem(String where, String messageKey) {
	}

	public static boolean validAreaCode(String code) {
		return code != null && AREA_CODE.matcher(code).matches();
	}

	public static boolean validCompetenceCode(String code) {
		return code != null && COMPETENCE_CODE.matcher(code).matches();
	}

	public static boolean validDigcomp(String code) {
		return code == null || code.isBlank() || DIGCOMP_CODES.contains(code.strip());
	}

	public static boolean validEsco(String uri) {
		return uri == null || uri.isBlank() || ESCO_URI.matcher(uri.strip()).matches();
	}

	public static boolean validKind(String kind) {
		return kind != null && (kind.equals(CompetenceKind.SOFT.name()) || kind.equals(CompetenceKind.DIGITAL.name()));
	}

	public static boolean completeLevels(Map<Integer, String> levels) {
		if (levels == null || levels.size() != 4) {
			return false;
		}
		for (int level = 1; level <= 4; level++) {
			String text = levels.get(level);
			if (text == null || text.isBlank() || text.length() > 2000) {
				return false;
			}
		}
		return true;
	}

	static boolean text(String value, int max) {
		return value != null && !value.isBlank() && value.length() <= max;
	}

	/** Every problem of a document, so an import can report them all at once. */
	static List<Problem> check(FrameworkDocument document) {
		List<Problem> problems = new ArrayList<>();
		if (document.label() == null || !LABEL.matcher(document.label()).matches()) {
			problems.add(new Problem(null, "skills.framework.error.label"));
		}
		if (!text(document.title(), 200)) {
			problems.add(new Problem(null, "skills.framework.error.title"));
		}
		if (document.areas() == null || document.areas().isEmpty()) {
			problems.add(new Problem(null, "skills.framework.error.noAreas"));
			return problems;
		}
		Set<String> areaCodes = new HashSet<>();
		Set<String> competenceCodes = new HashSet<>();
		for (FrameworkDocument.Area area : document.areas()) {
			String where = area.code();
			if (area.code() == null || !AREA_CODE.matcher(area.code()).matches() || !areaCodes.add(area.code())) {
				problems.add(new Problem(where, "skills.framework.error.areaCode"));
			}
			if (!validKind(area.kind())) {
				problems.add(new Problem(where, "skills.framework.error.kind"));
			}
			if (!text(area.title(), 200) || !text(area.description(), 4000)) {
				problems.add(new Problem(where, "skills.framework.error.text"));
			}
			if (area.competences() == null || area.competences().isEmpty()) {
				problems.add(new Problem(where, "skills.framework.error.noCompetences"));
				continue;
			}
			for (FrameworkDocument.Competence c : area.competences()) {
				String at = c.code();
				if (c.code() == null || !COMPETENCE_CODE.matcher(c.code()).matches()
						|| !competenceCodes.add(c.code())) {
					problems.add(new Problem(at, "skills.framework.error.competenceCode"));
				}
				if (!text(c.title(), 200) || !text(c.description(), 4000)) {
					problems.add(new Problem(at, "skills.framework.error.text"));
				}
				if (!validDigcomp(c.digcompCode())) {
					problems.add(new Problem(at, "skills.framework.error.digcomp"));
				}
				if (!validEsco(c.escoUri())) {
					problems.add(new Problem(at, "skills.framework.error.esco"));
				}
				if (!completeLevels(c.levels())) {
					problems.add(new Problem(at, "skills.framework.error.levels"));
				}
			}
		}
		return problems;
	}

}
