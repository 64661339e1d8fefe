package eu.dhso.cases.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The competences of the published framework that cases link their skill needs to. */
@Component
public class CompetenceIndex {

	private static final String REQUEST_CACHE = CompetenceIndex.class.getName();

	private final CompetenceFramework framework;

	CompetenceIndex(CompetenceFramework framework) {
		this.framework = framework;
	}

	/**
	 * The competences by id; read once per web request, since a library page asks for
	 * them for every competence it shows.
	 */
	public Map<Long, CompetenceView> byId() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return load();
		}
		@SuppressWarnings("unchecked")
		Map<Long, CompetenceView> cached = (Map<Long, CompetenceView>) request.getAttribute(REQUEST_CACHE,
				RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = load();
			request.setAttribute(REQUEST_CACHE, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return cached;
	}

	private Map<Long, CompetenceView> load() {
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
