package eu.dhso.cases.domain;

/**
 * Who delivered a case's training; its name is the message
 * {@code cases.training.provider.<NAME>}.
 */
public enum TrainingProvider {

	VENDOR, IN_HOUSE_TRAINER, UNIVERSITY, PEER_CHAMPION, PROFESSIONAL_BODY;

	public String messageKey() {
		return "cases.training.provider." + name();
	}

}
