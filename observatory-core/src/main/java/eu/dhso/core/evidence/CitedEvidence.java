package eu.dhso.core.evidence;

/**
 * Evidence as a reader may see it now: the pinned reference (the exact version or
 * period), its title, version, the figure it shows (null where it shows none) and the
 * public page that shows it to an anonymous reader.
 */
public record CitedEvidence(EvidenceKind kind, String reference, String title, String version, String figure,
		String href) {

	/** How the citation is written in a draft: {@code prefix:reference}. */
	public String token() {
		return this.kind.prefix() + ":" + this.reference;
	}

}
