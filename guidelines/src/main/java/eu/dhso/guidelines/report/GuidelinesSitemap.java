package eu.dhso.guidelines.report;

import java.sql.Timestamp;
import java.util.List;

import eu.dhso.core.web.SitemapEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sitemap's part of IO4: guidelines with a published version and published
 * observatory reports.
 */
@Component
class GuidelinesSitemap implements SitemapEntries {

	private final JdbcClient jdbc;

	GuidelinesSitemap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> sitemapEntries(int limit) {
		return this.jdbc.sql("""
				select '/guidelines/' || slug as path, updated_at as changed from guidelines.guideline
				where latest_version > 0
				union all
				select '/observatory/reports/' || slug, published_at from guidelines.report where status = 'PUBLISHED'
				order by changed desc
				limit :limit
				""").param("limit", Math.max(limit, 0)).query((rs, row) -> {
			Timestamp changed = rs.getTimestamp("changed");
			return new Entry(rs.getString("path"), (changed != null) ? changed.toInstant() : null);
		}).list();
	}

}
