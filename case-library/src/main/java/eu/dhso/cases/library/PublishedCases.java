package eu.dhso.cases.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public library: a projection of the last published version of each case, searched
 * with PostgreSQL full text. Every page costs the same two statements (one for the hits,
 * one for the total and all facet counts), whatever its size.
 */
@Repository
public class PublishedCases {

	static final List<String> FACETS = List.of("technology", "profession", "competence", "country", "careSetting",
			"label", "year");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublishedCases(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Makes this version of the case the one the public sees, replacing any earlier one.
	 */
	@Transactional
	public PublishedCase publish(InterviewCase source, String organisationName, Map<Long, CompetenceView> competences,
			List<String> criterionOrder, java.time.Instant at) {
		PublishedCase published = PublicVersion.of(source, organisationName, competences, criterionOrder, at);
		this.jdbc.sql("""
				insert into cases.published_case (case_id, title, summary, organisation_name, country_code,
				    care_setting, stage, practice_label, year, technologies, professions, competences, body_text,
				    content, published_at)
				values (:id, :title, :summary, :organisation, :country, :careSetting, :stage, :label, :year,
				    :technologies, :professions, :competences, :body, :content, :publishedAt)
				on conflict (case_id) do update set title = excluded.title, summary = excluded.summary,
				    organisation_name = excluded.organisation_name, country_code = excluded.country_code,
				    care_setting = excluded.care_setting, stage = excluded.stage,
				    practice_label = excluded.practice_label, year = excluded.year,
				    technologies = excluded.technologies, professions = excluded.professions,
				    competences = excluded.competences, body_text = excluded.body_text, content = excluded.content,
				    published_at = excluded.published_at
				""")
			.param("id", published.id())
			.param("title", Snippets.withoutMarkers(published.title()))
			.param("summary", Snippets.withoutMarkers(published.summary()))
			.param("organisation", published.organisationName())
			.param("country", published.countryCode())
			.param("careSetting", published.careSetting())
			.param("stage", published.stage())
			.param("label", published.label())
			.param("year", published.year())
			.param("technologies", published.technologies().toArray(String[]::new))
			.param("professions", published.professions().toArray(String[]::new))
			.param("competences", PublicVersion.competenceCodes(published).toArray(String[]::new))
			.param("body", PublicVersion.searchableBody(published))
			.param("content", this.json.writeValueAsString(published))
			.param("publishedAt", Timestamp.from(at))
			.update();
		return published;
	}

	/** Takes a case out of the public library, e.g. when it is archived. */
	@Transactional
	public void remove(long caseId) {
		this.jdbc.sql("delete from cases.published_case where case_id = :id").param("id", caseId).update();
	}

	@Transactional(readOnly = true)
	public Optional<PublishedCase> find(long caseId) {
		return this.jdbc.sql("select content from cases.published_case where case_id = :id")
			.param("id", caseId)
			.query(String.class)
			.optional()
			.map((content) -> this.json.readValue(content, PublishedCase.class));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from cases.published_case").query(Long.class).single();
	}

	/** Other published cases that need the same competence, newest first. */
	@Transactional(readOnly = true)
	public List<Related> needingCompetence(String competenceCode, long exceptCaseId, int limit) {
		return this.jdbc.sql("""
				select case_id, title from cases.published_case
				where competences @> cast(array[:code] as varchar(10)[]) and case_id <> :except
				order by published_at desc, case_id desc limit :limit
				""")
			.param("code", competenceCode)
			.param("except", exceptCaseId)
			.param("limit", limit)
			.query((rs, row) -> new Related(rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Transactional(readOnly = true)
	public LibraryPage search(LibraryQuery query) {
		Filter filter = Filter.of(query);
		String order = order(query);
		// The headline is computed in the outer query, so only for the rows of this page.
		String headline = query.hasText()
				? "ts_headline('simple', p.body_text, websearch_to_tsquery('simple', cases.immutable_unaccent(:q)), :options)"
				: "null";
		String sql = "select p.case_id, p.title, p.summary, p.organisation_name, p.country_code, p.practice_label,"
				+ " p.technologies, p.published_at, " + headline + " as headline from (select p.case_id from"
				+ " cases.published_case p where " + filter.where() + " order by " + order
				+ " limit :limit offset :offset) page join cases.published_case p on p.case_id = page.case_id"
				+ " order by " + order;
		List<LibraryPage.Hit> hits = filter.bind(this.jdbc.sql(sql))
			.param("options", Snippets.HEADLINE_OPTIONS)
			.param("limit", query.size())
			.param("offset", query.page() * query.size())
			.query(PublishedCases::hit)
			.list();
		Map<String, List<LibraryPage.FacetValue>> facets = new LinkedHashMap<>();
		FACETS.forEach((facet) -> facets.put(facet, new java.util.ArrayList<>()));
		long[] total = new long[1];
		filter.bind(this.jdbc.sql(facetsSql(filter))).query((rs) -> {
			String facet = rs.getString(1);
			if (facet.isEmpty()) {
				total[0] = rs.getLong(3);
			}
			else {
				facets.get(facet).add(new LibraryPage.FacetValue(rs.getString(2), rs.getLong(3)));
			}
		});
		facets.values()
			.forEach((values) -> values.sort(java.util.Comparator.comparingLong(LibraryPage.FacetValue::count)
				.reversed()
				.thenComparing(LibraryPage.FacetValue::value)));
		return new LibraryPage(query, hits, total[0], facets);
	}

	/** Every case the query matches, in its order, up to a limit; for exports. */
	@Transactional(readOnly = true)
	public List<PublishedCase> matching(LibraryQuery query, int limit) {
		Filter filter = Filter.of(query);
		String sql = "select p.content from cases.published_case p where " + filter.where() + " order by "
				+ order(query) + " limit :limit";
		return filter.bind(this.jdbc.sql(sql))
			.param("limit", limit)
			.query(String.class)
			.list()
			.stream()
			.map((content) -> this.json.readValue(content, PublishedCase.class))
			.toList();
	}

	/**
	 * Published cases within a period of publication, in any of the countries and with
	 * any of the technologies (an empty list does not filter), newest first.
	 */
	@Transactional(readOnly = true)
	public List<PublishedCase> publishedBetween(java.time.LocalDate from, java.time.LocalDate to,
			List<String> countries, List<String> technologies) {
		StringBuilder where = new StringBuilder("true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (from != null) {
			where.append(" and p.published_at >= :from");
			params.put("from", Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		}
		if (to != null) {
			where.append(" and p.published_at < :to");
			params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		}
		if (!countries.isEmpty()) {
			where.append(" and p.country_code = any(cast(:countries as text[]))");
			params.put("countries", countries.toArray(String[]::new));
		}
		if (!technologies.isEmpty()) {
			where.append(" and p.technologies::text[] && cast(:technologies as text[])");
			params.put("technologies", technologies.toArray(String[]::new));
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql("select p.content from cases.published_case p where " + where
				+ " order by p.published_at desc, p.case_id desc");
		params.forEach(statement::param);
		return statement.query(String.class)
			.list()
			.stream()
			.map((content) -> this.json.readValue(content, PublishedCase.class))
			.toList();
	}

	private static String order(LibraryQuery query) {
		return switch (query.sort()) {
			case "relevance" -> "ts_rank_cd(p.search_vector, websearch_to_tsquery('simple', "
					+ "cases.immutable_unaccent(:q))) desc, p.published_at desc, p.case_id desc";
			case "title" -> "lower(p.title), p.case_id";
			default -> "p.published_at desc, p.case_id desc";
		};
	}

	/**
	 * The total and every facet's counts in one statement over one scan of the matching
	 * cases; the row with an empty facet name carries the total.
	 */
	private static String facetsSql(Filter filter) {
		return "with m as materialized (select p.technologies, p.professions, p.competences, p.country_code,"
				+ " p.care_setting, p.practice_label, p.year from cases.published_case p where " + filter.where() + ")"
				+ " select '' as facet, null as v, count(*) as n from m"
				+ " union all select 'technology', v::text, count(*) from m, unnest(m.technologies) v group by v"
				+ " union all select 'profession', v::text, count(*) from m, unnest(m.professions) v group by v"
				+ " union all select 'competence', v::text, count(*) from m, unnest(m.competences) v group by v"
				+ " union all select 'country', country_code::text, count(*) from m group by country_code"
				+ " union all select 'careSetting', care_setting::text, count(*) from m"
				+ " where care_setting is not null group by care_setting"
				+ " union all select 'label', practice_label::text, count(*) from m"
				+ " where practice_label is not null group by practice_label"
				+ " union all select 'year', year::text, count(*) from m where year is not null group by year";
	}

	private static LibraryPage.Hit hit(ResultSet rs, int row) throws SQLException {
		String headline = rs.getString("headline");
		return new LibraryPage.Hit(rs.getLong("case_id"), rs.getString("title"), rs.getString("summary"),
				rs.getString("organisation_name"), rs.getString("country_code"), rs.getString("practice_label"),
				strings(rs.getArray("technologies")), (headline != null) ? Snippets.toSafeHtml(headline) : null,
				rs.getTimestamp("published_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	public record Related(long id, String title) {
	}

	/**
	 * The where clause of a query and its parameters; values are always bound, never
	 * concatenated.
	 */
	private record Filter(String where, Map<String, Object> params) {

		static Filter of(LibraryQuery query) {
			StringBuilder where = new StringBuilder("true");
			Map<String, Object> params = new LinkedHashMap<>();
			if (query.hasText()) {
				where.append(" and p.search_vector @@ websearch_to_tsquery('simple', cases.immutable_unaccent(:q))");
				params.put("q", query.q());
			}
			// containment, not = any(...), so the GIN indexes of the arrays serve the
			// filter
			if (query.technology() != null) {
				where.append(" and p.technologies @> cast(array[:technology] as varchar(40)[])");
				params.put("technology", query.technology());
			}
			if (query.profession() != null) {
				where.append(" and p.professions @> cast(array[:profession] as varchar(40)[])");
				params.put("profession", query.profession());
			}
			if (query.competence() != null) {
				where.append(" and p.competences @> cast(array[:competence] as varchar(10)[])");
				params.put("competence", query.competence());
			}
			if (query.country() != null) {
				where.append(" and p.country_code = :country");
				params.put("country", query.country());
			}
			if (query.careSetting() != null) {
				where.append(" and p.care_setting = :careSetting");
				params.put("careSetting", query.careSetting());
			}
			if (query.label() != null) {
				where.append(" and p.practice_label = :label");
				params.put("label", query.label());
			}
			if (query.year() != null) {
				where.append(" and p.year = :year");
				params.put("year", query.year());
			}
			return new Filter(where.toString(), params);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			this.params.forEach(statement::param);
			return statement;
		}

	}

}
