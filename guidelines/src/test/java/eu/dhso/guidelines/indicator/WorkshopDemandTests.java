package eu.dhso.guidelines.indicator;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Needs workshops feed demand vs supply, each figure naming its workshop. */
@ObservatoryTest
class WorkshopDemandTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Test
	void demandAndSupplyNamesThePublishedWorkshopAsTheSourceAndNotADraft() throws Exception {
		Organisation host = this.organisations
			.save(new Organisation("Primary care unit " + UUID.randomUUID(), OrganisationType.HOSPITAL, "MT"));
		RequestPostProcessor partner = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, host)));
		String published = "Home rehabilitation needs " + UUID.randomUUID();
		String draft = "Draft needs " + UUID.randomUUID();
		String page = record(partner, published);
		this.mvc.perform(post(page + "/publish").with(partner).with(csrf())).andExpect(status().is3xxRedirection());
		record(partner, draft);

		Document grid = Jsoup.parse(this.mvc.perform(get("/observatory/demand-supply").param("country", "MT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element row = grid.selectFirst("[data-workshop-cell=OCCUPATIONAL_THERAPIST/D6]");
		assertThat(row).isNotNull();
		assertThat(row.select("a[href=" + page + "]").text()).isEqualTo(published);
		assertThat(row.text()).contains("High");
		assertThat(grid.select("[data-cell=OCCUPATIONAL_THERAPIST/D6] a.workshop-mark")).hasSize(1);
		assertThat(grid.text()).doesNotContain(draft);
		// a profession that did not take part gets no demand from it
		assertThat(grid.selectFirst("[data-workshop-cell=NURSE/D6]")).isNull();
		// another country's grid does not count it
		assertThat(this.mvc.perform(get("/observatory/demand-supply").param("country", "LU"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(published);

		String api = this.mvc
			.perform(get("/api/v1/demand-supply").param("country", "MT")
				.param("profession", "OCCUPATIONAL_THERAPIST")
				.param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains(published).contains("\"href\":\"" + page + "\"").doesNotContain(draft);
	}

	private String record(RequestPostProcessor partner, String title) throws Exception {
		return this.mvc
			.perform(post("/workshops/new").with(partner)
				.with(csrf())
				.param("title", title)
				.param("heldOn", "2026-06-10")
				.param("countryCode", "MT")
				.param("careSetting", "PRIMARY_CARE")
				.param("participants[OCCUPATIONAL_THERAPIST]", "6")
				.param("findings[0].need", "Fitting home monitoring to frail citizens")
				.param("findings[0].priority", "HIGH")
				.param("findings[0].competences", "D6.4")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
