package eu.dhso.guidelines.guideline;

/** Someone saved the guideline's draft since the editor opened it. */
public class StaleGuidelineException extends RuntimeException {

	public StaleGuidelineException(String slug) {
		super("Guideline " + slug + " changed since it was opened");
	}

}
