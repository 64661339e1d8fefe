package eu.dhso.cases.report;

/** A citation names evidence that is unknown or that the public cannot see. */
public class EvidenceNotCitableException extends RuntimeException {

	private final String token;

	public EvidenceNotCitableException(String token) {
		super("Not citable: " + token);
		this.token = token;
	}

	public String token() {
		return this.token;
	}

}
