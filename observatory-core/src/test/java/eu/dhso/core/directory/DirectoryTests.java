package eu.dhso.core.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.ReferenceAccounts;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel's facades answer with records what other modules used to read from entities.
 */
@ObservatoryTest
class DirectoryTests {

	@Autowired
	People people;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Organisations organisations;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	ReferenceAccounts reference;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void aPersonIsFoundByIdByUsernameAndInBulkWithTheirOrganisation() {
		Organisation organisation = this.organisations
			.save(new Organisation("Directory Test " + UUID.randomUUID(), OrganisationType.HOSPITAL, "CY"));
		UserAccount partner = TestAccounts.create(this.accounts, Role.PARTNER, organisation);
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);

		Person found = this.people.byId(partner.getId()).orElseThrow();
		assertThat(found.username()).isEqualTo(partner.getUsername());
		assertThat(found.displayName()).isEqualTo(partner.getDisplayName());
		assertThat(found.role()).isEqualTo(Role.PARTNER);
		assertThat(found.organisationId()).isEqualTo(organisation.getId());
		assertThat(found.organisationName()).isEqualTo(organisation.getName());
		assertThat(found.verified()).isEqualTo(partner.isVerified());
		assertThat(this.people.byUsername(partner.getUsername().toUpperCase())).contains(found);
		assertThat(this.people.displayName(partner.getId())).contains(partner.getDisplayName());

		Map<Long, Person> both = this.people.byIds(List.of(professional.getId(), -1L, partner.getId()));
		assertThat(both.keySet()).containsExactly(professional.getId(), partner.getId());
		assertThat(both.get(professional.getId()).organisationId()).isNull();
		assertThat(this.people.byId(-1L)).isEmpty();
		assertThat(this.people.displayName(-1L)).isEmpty();
	}

	@Test
	void organisationsAreListedByNameAndCountedPerCountry() {
		String name = "Directory Test " + UUID.randomUUID();
		assertThat(this.reference.addOrganisationIfAbsent(name, OrganisationType.UNIVERSITY, "MT")).isTrue();
		assertThat(this.reference.addOrganisationIfAbsent(name, OrganisationType.UNIVERSITY, "MT")).isFalse();

		OrganisationSummary summary = this.directory.byName(name).orElseThrow();
		assertThat(summary.type()).isEqualTo(OrganisationType.UNIVERSITY);
		assertThat(summary.countryCode()).isEqualTo("MT");
		assertThat(this.directory.byId(summary.id())).contains(summary);
		List<String> names = this.directory.all().stream().map(OrganisationSummary::name).toList();
		assertThat(names).contains(name);
		assertThat(this.directory.countByCountry()).containsKey("MT");
		assertThat(this.directory.count()).isEqualTo(names.size());
	}

	@Test
	void theTaxonomyAnswersWithTermsAndChecksCodes() {
		assertThat(this.taxonomy.professions()).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.messageKey()).isEqualTo("taxonomy.profession." + p.code()));
		assertThat(this.taxonomy.countries()).extracting(Taxonomy.CountryTerm::code).contains("CY", "GR");
		assertThat(this.taxonomy.partnerCountries()).allSatisfy((c) -> assertThat(c.partner()).isTrue());
		assertThat(this.taxonomy.isCountry("CY")).isTrue();
		assertThat(this.taxonomy.isCountry("XX")).isFalse();
		assertThat(this.taxonomy.isProfession(null)).isFalse();
		assertThat(this.taxonomy.professionCount()).isEqualTo(this.taxonomy.professions().size());
	}

}
