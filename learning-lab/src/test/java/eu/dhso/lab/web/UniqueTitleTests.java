package eu.dhso.lab.web;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Issue 13: scheme and resource titles had no unique constraint, so two nodes loading the
 * demo data at once could add the same scheme or resource twice. Now one title per
 * organisation, held by unique indexes and answered with a message in the forms.
 */
@ObservatoryTest
class UniqueTitleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser trainer;

	@BeforeEach
	void trainer() {
		this.trainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
	}

	@Test
	void aSecondSchemeWithTheSameTitleInOneOrganisationIsRefused() throws Exception {
		String title = LabFixtures.unique("Twice ");
		this.mvc.perform(scheme(title)).andExpect(redirectedUrlPattern("/lab/manage/schemes/*"));
		this.mvc.perform(scheme(title)).andExpect(flash().attribute("error", "lab.scheme.error.titleTaken"));
		assertThat(count("lab.scheme", title)).isEqualTo(1);
		// what an overlapping load would do, past the check in the service
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc
			.sql("insert into lab.scheme (created_by, title) select created_by, title from lab.scheme where title = :t")
			.param("t", title)
			.update());
	}

	@Test
	void aSecondResourceWithTheSameTitleInOneOrganisationIsRefused() throws Exception {
		String title = LabFixtures.unique("Twice ");
		this.mvc.perform(resource(title)).andExpect(redirectedUrlPattern("/lab/resources/*"));
		this.mvc.perform(resource(title)).andExpect(flash().attribute("error", "lab.resource.error.titleTaken"));
		assertThat(count("lab.resource", title)).isEqualTo(1);
	}

	private RequestBuilder scheme(String title) {
		return post("/lab/manage/schemes").with(user(this.trainer))
			.with(csrf())
			.header("Referer", "http://localhost/lab/manage/schemes")
			.param("title", title)
			.param("aims", "Aims")
			.param("language", "en")
			.param("workloadHours", "8");
	}

	private RequestBuilder resource(String title) {
		return multipart("/lab/manage/resources").with(user(this.trainer))
			.with(csrf())
			.header("Referer", "http://localhost/lab/manage/resources")
			.param("title", title)
			.param("description", "A checklist")
			.param("kind", "LINK")
			.param("language", "en")
			.param("licence", "CC BY 4.0")
			.param("externalUrl", "https://example.org/checklist");
	}

	private long count(String table, String title) {
		return this.jdbc.sql("select count(*) from " + table + " where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

}
