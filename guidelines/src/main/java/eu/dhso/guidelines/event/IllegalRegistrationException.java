package eu.dhso.guidelines.event;

/** A registration step the event or the registration does not allow now. */
public class IllegalRegistrationException extends IllegalArgumentException {

	IllegalRegistrationException(String message) {
		super(message);
	}

}
