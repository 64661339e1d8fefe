package eu.dhso.skills.framework;

import java.util.List;

/** A document or form that breaks the framework rules; nothing was changed. */
public class InvalidFrameworkException extends RuntimeException {

	private final transient List<FrameworkRules.Problem> problems;

	public InvalidFrameworkException(List<FrameworkRules.Problem> problems) {
		super("Invalid framework: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FrameworkRules.Problem> getProblems() {
		return this.problems;
	}

}
