package eu.dhso.guidelines.guideline;

/** Comments are accepted only while a draft is open for consultation. */
public class ConsultationClosedException extends RuntimeException {

	ConsultationClosedException() {
		super("The draft is not open for consultation");
	}

}
