package eu.dhso.core.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every module's evidence behind one door, for the modules that cite it. */
@Component
public class EvidenceCatalogue {

	private final List<EvidenceSource> sources;

	EvidenceCatalogue(List<EvidenceSource> sources) {
		this.sources = List.copyOf(sources);
	}

	/**
	 * The public evidence a reference names, or empty when it is unknown or not public.
	 */
	public Optional<CitedEvidence> resolve(EvidenceKind kind, String reference) {
		if (kind == null || reference == null || reference.isBlank() || reference.length() > 200) {
			return Optional.empty();
		}
		for (EvidenceSource source : this.sources) {
			if (source.kinds().contains(kind)) {
				Optional<CitedEvidence> found = source.resolve(kind, reference.strip());
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The written form {@code prefix:reference}, resolved; empty when it reads as nothing
	 * public.
	 */
	public Optional<CitedEvidence> resolve(String token) {
		int colon = (token != null) ? token.indexOf(':') : -1;
		return (colon > 0) ? resolve(EvidenceKind.ofPrefix(token.substring(0, colon)), token.substring(colon + 1))
				: Optional.empty();
	}

	public List<CitedEvidence> search(EvidenceKind kind, String text, int limit) {
		String query = (text != null) ? text.strip() : "";
		if (kind == null || query.length() > 100) {
			return List.of();
		}
		return this.sources.stream()
			.filter((s) -> s.kinds().contains(kind))
			.flatMap((s) -> s.search(kind, query, limit).stream())
			.limit(limit)
			.toList();
	}

}
