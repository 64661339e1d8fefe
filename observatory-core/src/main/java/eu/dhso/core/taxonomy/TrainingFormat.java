package eu.dhso.core.taxonomy;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The format of a learning activity, one vocabulary for the whole observatory: the
 * learning lab's activities have one, and interview cases say in which formats staff were
 * trained, so a case links to lab training of the same format. Its name is the message
 * {@code taxonomy.training_format.<NAME>}.
 */
@NamedInterface("taxonomy")
public enum TrainingFormat {

	WORKSHOP, ELEARNING, LIVING_LAB, CASE_STUDY, PEER_EXCHANGE, ASSESSMENT;

	public String messageKey() {
		return "taxonomy.training_format." + name();
	}

	/** The format of that name, or none for anything else (e.g. a value from a URL). */
	public static Optional<TrainingFormat> of(String name) {
		for (TrainingFormat format : values()) {
			if (format.name().equals(name)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
