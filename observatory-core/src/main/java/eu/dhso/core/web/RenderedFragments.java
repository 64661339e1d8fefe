package eu.dhso.core.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dhso.core.config.BoundedCache;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Markup of fragments that depend only on the figures handed to them, rendered once per
 * distinct figures and language. A table of hundreds of cells spends most of its page's
 * time evaluating the same expressions over the same figures; the figures themselves
 * (records, compared by value) are the key, so changed figures are rendered anew on every
 * node, and nothing older can be served.
 * <p>
 * The fragment is rendered outside the request: it may use messages, {@code #locale} and
 * its variables, but no links, forms or security expressions.
 */
@Component
public class RenderedFragments implements BoundedCache {

	/** About 8 MB of heap at most (markup is mostly Latin-1, a byte a character). */
	static final long MAX_CHARACTERS = 8_000_000;

	private final ITemplateEngine engine;

	private final Cache<Key, String> rendered;

	RenderedFragments(ITemplateEngine engine) {
		this.engine = engine;
		// bounded by the markup kept (characters), not by entries: an option list is a
		// hundredth of a heatmap
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(MAX_CHARACTERS)
			.weigher((Key key, String markup) -> markup.length())
			.build();
	}

	/**
	 * The fragment {@code fragment} of {@code template}, escaped as any page is, for
	 * {@code th:utext}.
	 */
	public String render(String template, String fragment, Locale locale, Map<String, ?> variables) {
		return this.rendered.get(new Key(template, fragment, locale, Map.copyOf(variables)), this::render);
	}

	@Override
	public String cacheName() {
		return "rendered-fragments";
	}

	/** The markup kept, a byte a character. */
	@Override
	public long cachedBytes() {
		this.rendered.cleanUp();
		return this.rendered.policy().eviction().map((bound) -> bound.weightedSize().orElse(0)).orElse(0L);
	}

	private String render(Key key) {
		Context context = new Context(key.locale(), key.variables());
		return this.engine.process(key.template(), Set.of(key.fragment()), context);
	}

	private record Key(String template, String fragment, Locale locale, Map<String, Object> variables) {
	}

}
