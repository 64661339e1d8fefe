package eu.dhso.lab.expert;

/** A follow-up request waits for the expert's answer, which is final. */
public enum RequestStatus {

	OPEN, ACCEPTED, DECLINED

}
