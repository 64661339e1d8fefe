package eu.dhso.skills.demo;

import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class SyntheticAssessmentsTests {

	@Autowired
	SyntheticAssessments synthetic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * The module's tests run without the application's demo loader, so load here; it is
	 * idempotent.
	 */
	@BeforeEach
	void demoDataLoaded() {
		this.transactions.execute((status) -> this.synthetic.loadMissing());
	}

	@Test
	void demoDataHoldsAtLeastFiveHundredCompletedSyntheticAssessmentsWithoutAccounts() {
		assertThat(count(
				"select count(*) from skills.assessment where demo_respondent is not null and synthetic and status = 'SUBMITTED'"
						+ " and account_id is null"))
			.isGreaterThanOrEqualTo(500);
		// Every synthetic respondent answered every item.
		assertThat(count("""
				select count(*) from skills.assessment a where a.demo_respondent is not null
				and (select count(*) from skills.answer x where x.assessment_id = a.id)
				  <> (select count(*) from skills.assessment_item i where i.instrument_id = a.instrument_id)"""))
			.isZero();
	}

	@Test
	void respondentsAreSpreadOverEveryPartnerCountryAndProfession() {
		assertThat(
				this.jdbc.sql("select distinct country_code from skills.assessment where demo_respondent is not null")
					.query(String.class)
					.list())
			.containsAll(this.taxonomy.partnerCountries().stream().map(Taxonomy.CountryTerm::code).toList());
		assertThat(count(
				"select count(distinct profession_code) from skills.assessment where demo_respondent is not null"))
			.isEqualTo(count("select count(*) from core.profession"));
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = count("select count(*) from skills.answer");
		Integer added = this.transactions.execute((status) -> this.synthetic.loadMissing());
		assertThat(added).isZero();
		assertThat(count("select count(*) from skills.answer")).isEqualTo(before);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
