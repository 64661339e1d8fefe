package eu.dhso.cases.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

import org.jspecify.annotations.Nullable;

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
		return perRequest(REQUEST_CACHE, this::load);
	}

	/**
	 * The competences' titles by code, in the framework's order; read once per web
	 * request, since the library names a competence for each of its facet values.
	 */
	public Map<String, String> titlesByCode() {
		return perRequest(REQUEST_CACHE + ".titles", () -> titles(byId().values()));
	}

	/**
	 * The titles by code of a framework version, which a page read with its data; the
	 * latest published version's when it read none.
	 */
	public Map<String, String> titlesByCode(@Nullable Long version) {
		if (version == null) {
			return titlesByCode();
		}
		return perRequest(REQUEST_CACHE + ".titles." + version,
				() -> titles(competences(this.framework.version(version)).values()));
	}

	private static Map<String, String> titles(Collection<CompetenceView> competences) {
		Map<String, String> titles = new LinkedHashMap<>();
		competences.forEach((c) -> titles.put(c.code(), c.title()));
		return Collections.unmodifiableMap(titles);
	}

	private static <T> T perRequest(String name, Supplier<T> load) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return load.get();
		}
		@SuppressWarnings("unchecked")
		T cached = (T) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = load.get();
			request.setAttribute(name, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return cached;
	}

	private Map<Long, CompetenceView> load() {
		return competences(this.framework.latestPublished());
	}

	/** A version's competences by id, in the framework's order; none without it. */
	private static Map<Long, CompetenceView> competences(Optional<FrameworkView> version) {
		Map<Long, CompetenceView> competences = new LinkedHashMap<>();
		version.ifPresent(
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
