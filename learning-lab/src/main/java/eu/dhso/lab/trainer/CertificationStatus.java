package eu.dhso.lab.trainer;

/** A certification lets its trainer be assigned until it is revoked; never back. */
public enum CertificationStatus {

	ACTIVE, REVOKED

}
