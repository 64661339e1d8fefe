package eu.dhso.cases.library;

import java.util.List;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The public library's projection, read page by page. */
@Component
class PublishedCaseCatalogueQueries implements PublishedCaseCatalogue {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublishedCaseCatalogueQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedCase> page(int offset, int limit) {
		return this.jdbc.sql("""
				select content from cases.published_case order by published_at desc, case_id desc
				limit :limit offset :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query(String.class)
			.list()
			.stream()
			.map((content) -> this.json.readValue(content, PublishedCase.class))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from cases.published_case").query(Long.class).single();
	}

}
