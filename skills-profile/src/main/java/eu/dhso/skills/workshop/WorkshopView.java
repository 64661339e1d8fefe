package eu.dhso.skills.workshop;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workshop as pages show it. Participant counts are raw here: pages show a count under
 * the kernel's minimum group size as "fewer than" it.
 */
public record WorkshopView(Long id, Long organisationId, String organisationName, WorkshopDetails details,
		WorkshopStatus status, Instant publishedAt, long version, Map<String, Integer> participants,
		List<Finding> findings) {

	public boolean published() {
		return this.status == WorkshopStatus.PUBLISHED;
	}

	/** Participants per profession, largest group first. */
	public List<Map.Entry<String, Integer>> participantGroups() {
		return this.participants.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	/** Every competence any finding points to. */
	public Set<String> competences() {
		Set<String> codes = new TreeSet<>();
		this.findings.forEach((f) -> codes.addAll(f.competences()));
		return codes;
	}

}
