package eu.dhso.guidelines.guideline;

/** A citation names evidence that does not exist or that the public cannot see. */
public class UncitableEvidenceException extends RuntimeException {

	private final String citation;

	public UncitableEvidenceException(String citation) {
		super("Not public evidence: " + citation);
		this.citation = citation;
	}

	public String citation() {
		return this.citation;
	}

}
