package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class NetworkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	List<ObservatoryArea> areas;

	@Test
	void anOrganisationAppliesAndBecomesPublicOnlyOnceApproved() throws Exception {
		String name = "Applicant " + UUID.randomUUID();
		this.mvc
			.perform(post("/network/apply").param("name", name)
				.param("type", "HOSPITAL")
				.param("sector", "PUBLIC")
				.param("countryCode", "MT")
				.param("contactName", "Secret Contact")
				.param("contactEmail", "secret-contact@example.org")
				.param("charterSignatory", "Director")
				.param("charterAccepted", "true")
				.with(csrf()))
			.andExpect(redirectedUrl("/network"));
		this.mvc.perform(get("/network")).andExpect(content().string(not(containsString(name))));
		long id = this.network.applications()
			.stream()
			.filter((a) -> a.member().name().equals(name))
			.findFirst()
			.orElseThrow()
			.member()
			.id();
		this.mvc.perform(get("/network/members/" + id)).andExpect(status().isNotFound());

		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc.perform(post("/network/manage/" + id + "/decision").param("approve", "true").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.network.pledge(id, "Train 50 nurses", "Nurses trained", new BigDecimal("50"), LocalDate.now().plusYears(1),
				"test");
		this.mvc.perform(get("/network"))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("secret-contact@example.org"))));
		this.mvc.perform(get("/network/members/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Train 50 nurses")))
			.andExpect(content().string(not(containsString("Secret Contact"))))
			.andExpect(content().string(not(containsString("secret-contact@example.org"))));
	}

	@Test
	void anApplicationWithoutTheCharterSignatureIsRefused() throws Exception {
		String name = "Unsigned " + UUID.randomUUID();
		this.mvc
			.perform(post("/network/apply").param("name", name)
				.param("type", "HOSPITAL")
				.param("sector", "PUBLIC")
				.param("countryCode", "MT")
				.param("contactName", "C")
				.param("contactEmail", "c@example.org")
				.param("charterSignatory", "Director")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.network.nameTaken(name)).isFalse();
	}

	@Test
	void aLowerCaseCountryCodeIsAcceptedAndAnUnknownOneIsExplainedInTheReadersLanguage() throws Exception {
		String name = "Lower case " + UUID.randomUUID();
		this.mvc.perform(application(name, "gr")).andExpect(redirectedUrl("/network"));
		assertThat(this.network.applications()).filteredOn((a) -> a.member().name().equals(name))
			.singleElement()
			.satisfies((a) -> assertThat(a.member().countryCode()).isEqualTo("GR"));

		String unknown = "Unknown country " + UUID.randomUUID();
		this.mvc.perform(application(unknown, "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not a country code the observatory knows.")))
			.andExpect(content().string(not(containsString("must match"))));
		this.mvc.perform(application(unknown, "xx").param("lang", "it"))
			.andExpect(content().string(containsString("Questo non è un codice di paese noto all&#39;osservatorio.")));
		assertThat(this.network.nameTaken(unknown)).isFalse();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder application(String name,
			String countryCode) {
		return post("/network/apply").param("name", name)
			.param("type", "HOSPITAL")
			.param("sector", "PUBLIC")
			.param("countryCode", countryCode)
			.param("contactName", "C")
			.param("contactEmail", "c@example.org")
			.param("charterSignatory", "Director")
			.param("charterAccepted", "true")
			.with(csrf());
	}

	@Test
	void theHomePageCountsTheMembersTheNetworkPageLists() {
		long before = homePageFigure("guidelines.figure.organisations");
		long id = apply();
		assertThat(homePageFigure("guidelines.figure.organisations")).isEqualTo(before);
		this.network.decide(id, true, null, "test");
		List<NetworkMember.Member> listed = this.network.approved();
		assertThat(homePageFigure("guidelines.figure.organisations")).isEqualTo(before + 1).isEqualTo(listed.size());
		assertThat(homePageFigure("guidelines.figure.countries"))
			.isEqualTo(listed.stream().map(NetworkMember.Member::countryCode).distinct().count());
	}

	private long homePageFigure(String messageKey) {
		return this.areas.stream()
			.flatMap((area) -> area.figures().stream())
			.filter((figure) -> figure.messageKey().equals(messageKey))
			.findFirst()
			.orElseThrow()
			.value();
	}

	@Test
	void onlyAdministratorsDecideAndADeclineNeedsAReason() throws Exception {
		long id = apply();
		RequestPostProcessor editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		this.mvc.perform(post("/network/manage/" + id + "/decision").param("approve", "true").with(editor).with(csrf()))
			.andExpect(status().isForbidden());
		assertThatIllegalArgumentException().isThrownBy(() -> this.network.decide(id, false, " ", "test"));
		this.network.decide(id, false, "Not a health-care organisation", "test");
		assertThat(this.network.application(id).orElseThrow().member().status()).isEqualTo(MemberStatus.DECLINED);
	}

	@Test
	void pledgeProgressIsTheLatestUpdateAgainstTheTarget() {
		long id = apply();
		this.network.decide(id, true, null, "test");
		long pledge = this.network.pledge(id, "Pledge", "KPI", new BigDecimal("80"), LocalDate.now(), "test");
		this.network.progress(id, pledge, LocalDate.now().minusDays(5), new BigDecimal("20"), null, "test");
		this.network.progress(id, pledge, LocalDate.now(), new BigDecimal("60"), null, "test");
		assertThat(this.network.pledges(id)).singleElement().satisfies((p) -> {
			assertThat(p.percent()).isEqualTo(75);
			assertThat(p.updates()).isEqualTo(2);
		});
	}

	private long apply() {
		return this.network
			.apply(new NetworkMember.Application("Org " + UUID.randomUUID(),
					eu.dhso.core.account.OrganisationType.UNIVERSITY, Sector.PRIVATE, "ES", null, null, "C",
					"c@example.org", "S"))
			.orElseThrow();
	}

}
