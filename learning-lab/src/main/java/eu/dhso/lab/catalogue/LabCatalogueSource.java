package eu.dhso.lab.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.dhso.core.catalogue.CatalogueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning lab's published schemes, modules and resources for the catalogue, searched
 * with PostgreSQL full text ('simple' configuration, accents ignored) like the case
 * library. Facet sets match entries that carry any of their codes.
 */
@Component
class LabCatalogueSource implements CatalogueSource {

	/** Rank of every entry when nothing is searched for, so sources mix evenly. */
	static final double UNRANKED = 0.5;

	private final JdbcClient jdbc;

	LabCatalogueSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogueEntry> search(CatalogueQuery query) {
		StringBuilder where = new StringBuilder("true");
		Map<String, Object> params = new LinkedHashMap<>();
		String rank = String.valueOf(UNRANKED);
		if (query.hasText()) {
			where.append(" and c.search_vector @@ websearch_to_tsquery('simple', lab.immutable_unaccent(:q))");
			rank = "ts_rank_cd(c.search_vector, websearch_to_tsquery('simple', lab.immutable_unaccent(:q)), 32)";
			params.put("q", query.text().strip());
		}
		overlap(where, params, "professions", query.professions());
		overlap(where, params, "competences", query.competences());
		overlap(where, params, "technologies", query.technologies());
		equal(where, params, "language", query.language());
		equal(where, params, "format", query.format());
		equal(where, params, "licence", query.licence());
		if (query.activityFormat() != null && !query.activityFormat().isBlank()) {
			// schemes and modules with an activity of that format; resources have none
			where.append(" and c.activity_formats @> cast(array[:activityFormat] as varchar(20)[])");
			params.put("activityFormat", query.activityFormat());
		}
		String sql = "select c.kind, c.title, c.summary, c.link, c.language, c.format, c.licence, c.professions,"
				+ " c.competences, c.technologies, " + rank + " as rank from lab.catalogue_item c where " + where
				+ " order by rank desc, c.updated_at desc, c.kind, c.ref_id limit :limit";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("limit", Math.max(query.limit(), 0));
		params.forEach(statement::param);
		return statement.query(LabCatalogueSource::entry).list();
	}

	private static void overlap(StringBuilder where, Map<String, Object> params, String column, Set<String> values) {
		if (!values.isEmpty()) {
			where.append(" and c.").append(column).append(" && cast(:").append(column).append(" as varchar[])");
			params.put(column, values.toArray(String[]::new));
		}
	}

	private static void equal(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and c.").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private static CatalogueEntry entry(ResultSet rs, int row) throws SQLException {
		return new CatalogueEntry(rs.getString("kind"), rs.getString("title"), rs.getString("summary"),
				rs.getString("link"), rs.getString("language"), rs.getString("format"), rs.getString("licence"),
				set(rs.getArray("professions")), set(rs.getArray("competences")), set(rs.getArray("technologies")),
				rs.getDouble("rank"));
	}

	private static Set<String> set(Array array) throws SQLException {
		return (array != null) ? Set.of((String[]) array.getArray()) : Set.of();
	}

}
