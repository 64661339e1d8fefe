package eu.dhso.cases.library;

import java.sql.Timestamp;
import java.util.List;

import eu.dhso.core.web.SitemapEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sitemap's part of the library: published Open Reports, then published cases, newest
 * first.
 */
@Component
class CaseLibrarySitemap implements SitemapEntries {

	private final JdbcClient jdbc;

	CaseLibrarySitemap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> sitemapEntries(int limit) {
		return this.jdbc.sql("""
				(select '/cases/reports/' || id as path, published_at as changed, 0 as kind
				 from cases.open_report where status = 'PUBLISHED')
				union all
				(select '/cases/' || case_id, published_at, 1 from cases.library_entry
				 order by published_at desc limit :limit)
				order by kind, changed desc
				limit :limit
				""").param("limit", Math.max(limit, 0)).query((rs, row) -> {
			Timestamp changed = rs.getTimestamp("changed");
			return new Entry(rs.getString("path"), (changed != null) ? changed.toInstant() : null);
		}).list();
	}

}
