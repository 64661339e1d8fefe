package eu.dhso.cases.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;

import org.springframework.stereotype.Component;

/** The competences of the published framework that cases link their skill needs to. */
@Component
public class CompetenceIndex {

	private final CompetenceFramework framework;

	CompetenceIndex(CompetenceFramework framework) {
		this.framework = framework;
	}

	public Map<Long, CompetenceView> byId() {
		Map<Long, CompetenceView> competences = new LinkedHashMap<>();
		this.framework.latestPublished()
			.ifPresent(
					(f) -> f.areas().forEach((area) -> area.competences().forEach((c) -> competences.put(c.id(), c))));
		return competences;
	}

	public List<CompetenceView> all() {
		return List.copyOf(byId().values());
	}

	public Map<Long, String> codes() {
		Map<Long, String> codes = new LinkedHashMap<>();
		byId().forEach((id, c) -> codes.put(id, c.code()));
		return codes;
	}

}
