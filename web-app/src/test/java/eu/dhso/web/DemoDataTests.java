package eu.dhso.web;

import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoDataTests {

	@Autowired
	DemoData demoData;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void thereIsOneDemoAccountForEachRoleAndPartnersInTheSeedCountries() {
		for (DemoAccount demo : DemoAccount.ALL) {
			assertThat(this.accounts.findByUsernameIgnoreCase(demo.username())).get()
				.satisfies((account) -> assertThat(account.getRole()).isEqualTo(demo.role()));
		}
		assertThat(this.organisations.findAllByOrderByName()).extracting((o) -> o.getCountryCode())
			.contains("CY", "GR", "HU", "IT", "LT", "RO", "DK", "MT", "ES");
	}

	@Test
	void loadingAgainAddsNothing() {
		long accountsBefore = this.accounts.count();
		long organisationsBefore = this.organisations.count();
		this.demoData.run(new DefaultApplicationArguments());
		assertThat(this.accounts.count()).isEqualTo(accountsBefore);
		assertThat(this.organisations.count()).isEqualTo(organisationsBefore);
	}

}
