package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case page's "also needed in" lists, read in one statement, hold what one query per
 * competence would: other published cases needing it, newest first, at most the limit.
 */
@ObservatoryTest
class RelatedCasesTests {

	@Autowired
	PublishedCases library;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFixtures fixtures;

	@Test
	void eachCompetenceListsOtherCasesNeedingItNewestFirst() {
		// three more cases needing the fixtures' competence, so a list is cut at its
		// limit
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("MT"));
		ObservatoryUser editor = this.fixtures.editor();
		for (int i = 0; i < 3; i++) {
			this.fixtures.published(partner, editor, "Related " + i, "Lessons", "EHR", ConsentScope.PUBLIC);
		}
		// the fixtures' competence first, then up to two others of the library
		List<String> codes = this.jdbc.sql("""
				select code from (select distinct unnest(competences) as code from cases.published_case) c
				order by code <> 'D6.2', code limit 3""").query(String.class).list();
		assertThat(codes).first().isEqualTo("D6.2");
		long except = this.jdbc
			.sql("select case_id from cases.published_case where competences @> array[cast(:code as varchar(10))]"
					+ " order by published_at desc, case_id desc limit 1")
			.param("code", codes.get(0))
			.query(Long.class)
			.single();
		List<String> asked = new ArrayList<>(codes);
		asked.add(codes.get(0));
		asked.add("NO-SUCH");
		Map<String, List<PublishedCases.Related>> related = this.library.needingCompetences(asked, except, 2);
		assertThat(related.keySet()).containsExactlyElementsOf(
				java.util.stream.Stream.concat(codes.stream(), java.util.stream.Stream.of("NO-SUCH")).toList());
		for (String code : codes) {
			List<Long> expected = this.jdbc.sql("""
					select case_id from cases.published_case
					where competences @> array[cast(:code as varchar(10))] and case_id <> :except
					order by published_at desc, case_id desc limit 2""")
				.param("code", code)
				.param("except", except)
				.query(Long.class)
				.list();
			assertThat(related.get(code)).extracting(PublishedCases.Related::id).as(code).isEqualTo(expected);
		}
		assertThat(related.get(codes.get(0))).hasSize(2).extracting(PublishedCases.Related::id).doesNotContain(except);
		assertThat(related.get("NO-SUCH")).isEmpty();
		assertThat(this.library.needingCompetences(List.of(), except, 2)).isEmpty();
	}

}
