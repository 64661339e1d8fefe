package eu.dhso.lab.scheme;

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
		return this.framework.latestPublished()
			.map((f) -> f.areas().stream().flatMap((a) -> a.competences().stream()).toList())
			.orElse(List.of());
	}

	public Map<String, String> byCode() {
		Map<String, String> titles = new LinkedHashMap<>();
		all().forEach((c) -> titles.put(c.code(), c.title()));
		return titles;
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
