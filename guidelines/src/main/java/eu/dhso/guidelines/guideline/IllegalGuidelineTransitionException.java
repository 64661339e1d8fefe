package eu.dhso.guidelines.guideline;

/** An action the guideline's state does not allow, e.g. publishing without a draft. */
public class IllegalGuidelineTransitionException extends IllegalStateException {

	IllegalGuidelineTransitionException(GuidelineStatus from, GuidelineStatus to) {
		super("A guideline cannot move from " + from + " to " + to);
	}

}
