package eu.dhso.lab.scheme;

import java.sql.Timestamp;
import java.util.List;

import eu.dhso.core.web.SitemapEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sitemap's part of the lab: training schemes with a published version. */
@Component
class TrainingSchemeSitemap implements SitemapEntries {

	private final JdbcClient jdbc;

	TrainingSchemeSitemap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> sitemapEntries(int limit) {
		return this.jdbc.sql("""
				select '/lab/schemes/' || id as path, updated_at as changed from lab.scheme
				where published_version > 0 order by updated_at desc
				limit :limit
				""").param("limit", Math.max(limit, 0)).query((rs, row) -> {
			Timestamp changed = rs.getTimestamp("changed");
			return new Entry(rs.getString("path"), (changed != null) ? changed.toInstant() : null);
		}).list();
	}

}
