package eu.dhso.guidelines.planning;

/** A step the plan's state does not allow, or a plan not ready for approval. */
public class IllegalPlanTransitionException extends RuntimeException {

	public IllegalPlanTransitionException(String message) {
		super(message);
	}

}
