package eu.dhso.lab.scheme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;

import org.springframework.stereotype.Component;

/**
 * The competences of the published framework by code: what learning outcomes and
 * resources refer to. Templates call it as {@code @labCompetences}.
 */
@Component("labCompetences")
public class CompetenceTitles {

	private final CompetenceFramework framework;

	CompetenceTitles(CompetenceFramework framework) {
		this.framework = framework;
	}

	public List<CompetenceView> all() {
		return current().competences();
	}

	public Map<String, String> byCode() {
		return current().titles();
	}

	/**
	 * The published framework changes rarely and loading it costs several queries, so it
	 * is kept for a minute; every caller then sees the same version.
	 */
	private Snapshot current() {
		Snapshot snapshot = this.cached;
		long now = System.nanoTime();
		if (snapshot == null || now - snapshot.loadedAt() > MAX_AGE_NANOS) {
			List<CompetenceView> competences = this.framework.latestPublished()
				.map((f) -> f.areas().stream().flatMap((a) -> a.competences().stream()).toList())
				.orElse(List.of());
			Map<String, String> titles = new LinkedHashMap<>();
			competences.forEach((c) -> titles.put(c.code(), c.title()));
			snapshot = new Snapshot(competences, Collections.unmodifiableMap(titles), now);
			this.cached = snapshot;
		}
		return snapshot;
	}

	private static final long MAX_AGE_NANOS = 60_000_000_000L;

	private volatile Snapshot cached;

	private record Snapshot(List<CompetenceView> competences, Map<String, String> titles, long loadedAt) {
	}

	public boolean exists(String code) {
		return code != null && byCode().containsKey(code);
	}

	/** "S1.1 Communicating with patients…", or the bare code if unknown. */
	public String label(String code) {
		String title = byCode().get(code);
		return (title != null) ? code + " " + title : code;
	}

}
