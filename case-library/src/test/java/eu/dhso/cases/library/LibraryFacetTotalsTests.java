package eu.dhso.cases.library;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole library's facet counts are kept by database triggers; they must always equal
 * a count over every case, after publications, revisions and archiving.
 */
@ObservatoryTest
class LibraryFacetTotalsTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseReview review;

	@Autowired
	PublishedCases library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keptCountsEqualACountOverEveryCase() {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
		Long kept = this.fixtures.published(partner, editor, "Kept " + word, "x", "ROBOTICS", ConsentScope.PUBLIC);
		Long archived = this.fixtures.published(partner, editor, "Archived " + word, "x", "EHR",
				ConsentScope.ANONYMISED);
		this.review.archive(archived, editor, "Superseded");
		assertThat(kept()).isEqualTo(counted());
		LibraryPage all = this.library.search(LibraryQuery.all());
		assertThat(all.total()).isEqualTo(this.library.count());
		assertThat(all.facets().get("country")).contains(new LibraryPage.FacetValue("LT", counted().get("country/LT")));
		assertThat(all.hits()).extracting(LibraryPage.Hit::id).contains(kept);
	}

	@Test
	void aFilteredSearchCountsItsFacetsFromTheCodedValuesAsFromTheCases() {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.published(partner, editor, "Coded " + word, "x", "ROBOTICS", ConsentScope.PUBLIC);
		this.fixtures.published(partner, editor, "Coded too " + word, "x", "BLOCKCHAIN", ConsentScope.PUBLIC);
		LibraryPage lithuania = this.library
			.search(new LibraryQuery(null, null, null, null, "LT", null, null, null, null, 0));
		Map<String, Long> searched = new TreeMap<>();
		searched.put("/", lithuania.total());
		lithuania.facets()
			.forEach((facet, values) -> values
				.forEach((value) -> searched.put(facet + "/" + value.value(), value.count())));
		assertThat(searched).isEqualTo(counted("where country_code = 'LT'"));
		assertThat(searched).containsEntry("technology/BLOCKCHAIN",
				counted("where country_code = 'LT'").get("technology/BLOCKCHAIN"));
	}

	private Map<String, Long> kept() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("select facet, value, n from cases.library_facet_total").query((rs) -> {
			counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
		});
		return counts;
	}

	private Map<String, Long> counted() {
		return counted("");
	}

	/** Every facet's counts straight from the published cases that the clause keeps. */
	private Map<String, Long> counted(String where) {
		Map<String, Long> counts = new TreeMap<>();
		String cases = "(select * from cases.published_case " + where + ") c";
		List<String> sql = List.of("select '', '', count(*) from " + cases,
				"select 'technology', v, count(*) from " + cases + ", unnest(technologies) v group by v",
				"select 'profession', v, count(*) from " + cases + ", unnest(professions) v group by v",
				"select 'competence', v, count(*) from " + cases + ", unnest(competences) v group by v",
				"select 'country', country_code, count(*) from " + cases + " group by country_code",
				"select 'careSetting', care_setting, count(*) from " + cases
						+ " where care_setting is not null group by care_setting",
				"select 'label', practice_label, count(*) from " + cases
						+ " where practice_label is not null group by practice_label",
				"select 'year', year::text, count(*) from " + cases + " where year is not null group by year",
				"select 'trainingMethod', v, count(*) from " + cases + ", unnest(training_methods) v group by v",
				"select 'trainingFormat', v, count(*) from " + cases + ", unnest(training_formats) v group by v");
		sql.forEach((statement) -> this.jdbc.sql(statement).query((rs) -> {
			counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
		}));
		return counts;
	}

}
