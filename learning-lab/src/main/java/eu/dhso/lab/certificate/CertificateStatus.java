package eu.dhso.lab.certificate;

/**
 * A certificate is valid from issue until an admin or the cohort's trainer withdraws it.
 */
public enum CertificateStatus {

	VALID, WITHDRAWN

}
