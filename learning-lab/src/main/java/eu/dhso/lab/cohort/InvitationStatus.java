package eu.dhso.lab.cohort;

/** A trainer's invitation waits for the invited person's answer, or has it. */
public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED

}
