package eu.dhso.skills.maturity;

import java.util.Arrays;
import java.util.List;

/**
 * The instrument's six dimensions, two statements each, answered from 1 (strongly
 * disagree) to 5 (strongly agree). Leadership, infrastructure, collaboration and skills
 * follow the areas of the European Commission's SELFIE self-reflection model (JRC),
 * adapted from schools to care teams; processes follows the interoperability and care
 * process themes of HIMSS's Digital Health Indicator; adaptability follows the team
 * resilience behaviours of Alliger et al. (2015): minimising, managing and mending. Each
 * dimension names the framework competences whose training addresses it, so the learning
 * lab can recommend training for a team's weakest dimensions.
 */
public enum MaturityDimension {

	LEADERSHIP(List.of("S5.1", "S5.2", "S5.3")),

	INFRASTRUCTURE(List.of("D5.1", "D4.1", "D1.3")),

	PROCESSES(List.of("S4.3", "S1.3", "D2.2")),

	SKILLS(List.of("S8.1", "S8.2", "D5.4")),

	COLLABORATION(List.of("S2.1", "S2.3", "S8.3")),

	ADAPTABILITY(List.of("S3.1", "S3.2", "S3.3"));

	/** Statements per dimension. */
	public static final int ITEMS = 2;

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	private final List<String> competenceCodes;

	MaturityDimension(List<String> competenceCodes) {
		this.competenceCodes = competenceCodes;
	}

	public List<String> competenceCodes() {
		return this.competenceCodes;
	}

	/** Item codes such as {@code LEADERSHIP.1}. */
	public List<String> itemCodes() {
		return java.util.stream.IntStream.rangeClosed(1, ITEMS).mapToObj((n) -> name() + "." + n).toList();
	}

	public String messageKey() {
		return "skills.maturity.dimension." + name();
	}

	/** Every item code of the instrument, dimension by dimension. */
	public static List<String> allItemCodes() {
		return Arrays.stream(values()).flatMap((d) -> d.itemCodes().stream()).toList();
	}

}
