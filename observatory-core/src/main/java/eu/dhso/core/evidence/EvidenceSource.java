package eu.dhso.core.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module's public evidence: it resolves a reference of its kinds to what an anonymous
 * reader sees, and finds evidence by title or code for the citation picker. Only public
 * evidence resolves: drafts, withdrawn items and pages behind sign-in are "not found".
 */
public interface EvidenceSource {

	Set<EvidenceKind> kinds();

	/**
	 * The evidence as it is now, with its reference pinned to the version or period
	 * shown, or empty when the reference names nothing public. Resolving a pinned
	 * reference again gives the same figure as long as the data behind it are unchanged.
	 */
	Optional<CitedEvidence> resolve(EvidenceKind kind, String reference);

	/** Public evidence of this kind whose title or code contains {@code text}. */
	List<CitedEvidence> search(EvidenceKind kind, String text, int limit);

}
