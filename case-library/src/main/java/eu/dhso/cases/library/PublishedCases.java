package eu.dhso.cases.library;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public library: a projection of the last published version of each case, searched
 * with PostgreSQL full text and each node's search index by {@link LibrarySearch}.
 */
@Repository
public class PublishedCases {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final LibrarySearch search;

	PublishedCases(JdbcClient jdbc, JsonMapper json, LibrarySearch search) {
		this.jdbc = jdbc;
		this.json = json;
		this.search = search;
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
				    content, published_at, training_methods, training_formats)
				values (:id, :title, :summary, :organisation, :country, :careSetting, :stage, :label, :year,
				    :technologies, :professions, :competences, :body, :content, :publishedAt, :trainingMethods,
				    :trainingFormats)
				on conflict (case_id) do update set title = excluded.title, summary = excluded.summary,
				    organisation_name = excluded.organisation_name, country_code = excluded.country_code,
				    care_setting = excluded.care_setting, stage = excluded.stage,
				    practice_label = excluded.practice_label, year = excluded.year,
				    technologies = excluded.technologies, professions = excluded.professions,
				    competences = excluded.competences, body_text = excluded.body_text, content = excluded.content,
				    published_at = excluded.published_at, training_methods = excluded.training_methods,
				    training_formats = excluded.training_formats
				""")
			.param("id", published.id())
			.param("title", published.title())
			.param("summary", published.summary())
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
			.param("trainingMethods", PublicVersion.trainingMethods(published).toArray(String[]::new))
			.param("trainingFormats", PublicVersion.trainingFormats(published).toArray(String[]::new))
			.update();
		return published;
	}

	/**
	 * Applies the case's consent as it is now to its public copy at once, without waiting
	 * for review: hides what the consent no longer allows, or takes the case offline when
	 * it allows no publication. Empty when there is no public copy or nothing to hide.
	 */
	@Transactional
	public Optional<Narrowing> narrowTo(InterviewCase source) {
		Optional<PublishedCase> current = find(source.getId());
		if (current.isEmpty()) {
			return Optional.empty();
		}
		PublishedCase narrowed = PublicVersion.narrowed(current.get(), source);
		if (narrowed == null) {
			remove(source.getId());
			return Optional.of(Narrowing.OFFLINE);
		}
		if (narrowed.equals(current.get())) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				update cases.published_case set organisation_name = :organisation, body_text = :body, content = :content
				where case_id = :id
				""")
			.param("id", narrowed.id())
			.param("organisation", narrowed.organisationName())
			.param("body", PublicVersion.searchableBody(narrowed))
			.param("content", this.json.writeValueAsString(narrowed))
			.update();
		return Optional.of((current.get().organisationName() != null && narrowed.organisationName() == null)
				? Narrowing.ANONYMISED : Narrowing.NAMES_REMOVED);
	}

	/** What narrowed consent did to a public copy. */
	public enum Narrowing {

		/** Interviewees' names and the organisation are hidden. */
		ANONYMISED,
		/** The names of interviewees who withdrew consent are hidden. */
		NAMES_REMOVED,
		/** The case left the public library. */
		OFFLINE;

		public String messageKey() {
			return "cases.consentNarrowed." + name();
		}

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

	/**
	 * For each competence, other published cases that need it, newest first: one
	 * statement however many competences a case page names.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Related>> needingCompetences(List<String> competenceCodes, long exceptCaseId, int limit) {
		Map<String, List<Related>> related = new LinkedHashMap<>();
		competenceCodes.forEach((code) -> related.putIfAbsent(code, new ArrayList<>()));
		if (related.isEmpty()) {
			return related;
		}
		this.jdbc.sql("""
				select c.code, r.case_id, r.title
				from unnest(cast(:codes as varchar(10)[])) with ordinality c (code, n)
				cross join lateral (select p.case_id, p.title, p.published_at from cases.published_case p
				    where p.competences @> array[c.code] and p.case_id <> :except
				    order by p.published_at desc, p.case_id desc limit :limit) r
				order by c.n, r.published_at desc, r.case_id desc
				""")
			.param("codes", related.keySet().toArray(String[]::new))
			.param("except", exceptCaseId)
			.param("limit", limit)
			.query((rs) -> {
				related.get(rs.getString(1)).add(new Related(rs.getLong(2), rs.getString(3)));
			});
		return related;
	}

	/** A search in the reader's language (the request's locale). */
	public LibraryPage search(LibraryQuery query) {
		return search(query, LocaleContextHolder.getLocale());
	}

	/**
	 * A search whose words are understood in the reader's language: stemmed by it, and
	 * matching the taxonomy's names in every language.
	 */
	public LibraryPage search(LibraryQuery query, Locale reader) {
		LibraryPage indexed = this.search.fromIndex(query, reader);
		return (indexed != null) ? indexed : this.search.search(query, reader);
	}

	/**
	 * Brings this node's search index up to the library as it is now, and waits for it:
	 * after a bulk import, which the index otherwise takes in the background while the
	 * database answers searches.
	 */
	public void updateSearchIndex() {
		this.search.updateIndex();
	}

	/** Every case the query matches, in its order, up to a limit; for exports. */
	@Transactional(readOnly = true)
	public List<PublishedCase> matching(LibraryQuery query, int limit) {
		LibrarySearch.Filter filter = LibrarySearch.Filter.of(query,
				this.search.tsquery(query, LocaleContextHolder.getLocale()));
		String sql = "select c.content from cases.library_entry p join cases.published_case c on c.case_id = p.case_id"
				+ " where " + filter.where() + " order by " + LibrarySearch.order(query) + " limit :limit";
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

	public record Related(long id, String title) {
	}

}
