package eu.dhso.core.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} for search engines: the public entry pages
 * and every published case, guideline, report and training scheme, as absolute links from
 * {@link PublicUrl}. Signed-in areas are not for crawling.
 */
@Controller
class SitemapController {

	/** The sitemap protocol's limit for one file. */
	static final int MAX_URLS = 50_000;

	static final List<String> ENTRY_PAGES = List.of("/", "/cases", "/cases/reports", "/skills", "/skills/map/public",
			"/lab", "/lab/catalogue", "/guidelines", "/observatory/reports", "/framework");

	private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final PublicUrl publicUrl;

	private final List<SitemapEntries> modules;

	SitemapController(PublicUrl publicUrl, List<SitemapEntries> modules) {
		this.publicUrl = publicUrl;
		this.modules = modules;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /account
				Disallow: /admin/
				Disallow: /login
				Disallow: /register
				Disallow: /cases/my
				Disallow: /cases/review
				Disallow: /skills/assessments
				Disallow: /api/
				Sitemap: %s
				""".formatted(this.publicUrl.link("/sitemap.xml"));
		return ResponseEntity.ok().cacheControl(AN_HOUR).body(robots);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		List<SitemapEntries.Entry> entries = new ArrayList<>();
		ENTRY_PAGES.forEach((path) -> entries.add(new SitemapEntries.Entry(path, null)));
		for (SitemapEntries module : this.modules) {
			entries.addAll(module.sitemapEntries(MAX_URLS - entries.size()));
		}
		StringBuilder xml = new StringBuilder(64 * entries.size() + 200);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (SitemapEntries.Entry entry : entries.subList(0, Math.min(entries.size(), MAX_URLS))) {
			xml.append("<url><loc>").append(HtmlUtils.htmlEscape(this.publicUrl.link(entry.path()))).append("</loc>");
			if (entry.lastModified() != null) {
				xml.append("<lastmod>")
					.append(DateTimeFormatter.ISO_LOCAL_DATE.format(entry.lastModified().atOffset(ZoneOffset.UTC)))
					.append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().cacheControl(AN_HOUR).body(xml.toString());
	}

}
