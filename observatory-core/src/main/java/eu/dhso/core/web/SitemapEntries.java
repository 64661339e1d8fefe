package eu.dhso.core.web;

import java.time.Instant;
import java.util.List;

/**
 * A module's published pages for {@code /sitemap.xml}: each module that publishes content
 * lists it through a bean of this type (core knows no module).
 */
public interface SitemapEntries {

	/** At most {@code limit} public pages, the most recently changed first. */
	List<Entry> sitemapEntries(int limit);

	/**
	 * A public page.
	 *
	 * @param path its path on this site, e.g. {@code /cases/42}
	 * @param lastModified when its content last changed, or {@code null}
	 */
	record Entry(String path, Instant lastModified) {
	}

}
