package eu.dhso.guidelines.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.NetworkMember;
import eu.dhso.guidelines.network.Sector;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.ReportDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class OpenDataApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IndicatorSeries indicators;

	@Autowired
	ReportPublishing reports;

	@Autowired
	Network network;

	@Test
	void listsArePaginatedWithALinkToTheNextPageAndTheLicence() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.indicators.store(LocalDate.of(2026, 4, 30),
					new IndicatorValue("test.paging-" + UUID.randomUUID(), "CY", null, BigDecimal.ONE, 1, false),
					IndicatorSeries.COMPUTED, null);
		}
		this.mvc.perform(get("/api/v1/indicators").param("page", "0").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.next").value("/api/v1/indicators?page=1&size=2"))
			.andExpect(jsonPath("$.licence").value("CC BY 4.0"));
		this.mvc.perform(get("/api/v1/indicators").param("size", "101")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/indicators").param("page", "-1")).andExpect(status().isBadRequest());
	}

	@Test
	void theApiDescribesItselfInOpenApiAndOnlyItself() throws Exception {
		this.mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/skills-map']").exists())
			// a case's training: hours may be unknown, everything else is always there
			.andExpect(jsonPath("$.components.schemas.CaseItem.properties.training").exists())
			.andExpect(jsonPath("$.components.schemas.CaseTrainingItem.properties.durationHours.type",
					org.hamcrest.Matchers.hasItem("null")))
			.andExpect(jsonPath("$.components.schemas.CaseTrainingItem.properties.method.type",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("null"))))
			.andExpect(content().string(not(containsString("/cases/my"))))
			.andExpect(content().string(not(containsString("/admin/"))));
	}

	@Test
	void suppressedIndicatorsCarryNeitherValueNorBasis() throws Exception {
		String code = "test.small-" + UUID.randomUUID().toString().substring(0, 8);
		this.indicators.store(LocalDate.of(2099, 12, 31),
				new IndicatorValue(code, "LT", null, new BigDecimal("3"), 3, true), IndicatorSeries.COMPUTED, null);
		this.mvc.perform(get("/api/v1/indicators").param("size", "100"))
			.andExpect(jsonPath("$.items[?(@.code == '" + code + "')].suppressed").value(true))
			.andExpect(jsonPath("$.items[?(@.code == '" + code + "')].value")
				.value(org.hamcrest.Matchers.contains(nullValue())))
			.andExpect(content().string(not(containsString("basis"))));
		// the method and licence moved from comment lines into the linked note: a strict
		// CSV parser reads the header first (OpenDataClientTests)
		this.mvc.perform(get("/api/v1/indicators.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Link", containsString("/api/v1/methods/indicators")))
			.andExpect(content().string(not(containsString("# Method:"))))
			.andExpect(content().string(containsString(code + ",2099-12-31,LT,,,true,")));
	}

	@Test
	void theSkillsMapNeverShowsAGroupUnderFive() throws Exception {
		this.mvc.perform(get("/api/v1/skills-map").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.respondents != null && @.respondents < 5)]", hasSize(0)));
		this.mvc.perform(get("/api/v1/skills-map.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("profession,area,respondents,mean_level,mean_gap,suppressed")));
	}

	@Test
	void noPrivateFieldEverLeaves() throws Exception {
		String secret = "private-" + UUID.randomUUID() + "@example.org";
		long member = this.network
			.apply(new NetworkMember.Application("Member " + UUID.randomUUID(),
					eu.dhso.core.account.OrganisationType.HOSPITAL, Sector.PUBLIC, "CY", null, null, "Hidden Person",
					secret, "Signatory"))
			.orElseThrow();
		this.network.decide(member, true, null, "test");
		String draft = "draft-" + UUID.randomUUID().toString().substring(0, 8);
		this.reports.create(draft, new ReportDocument("Unpublished draft title", null, "Body"), "test");
		for (String path : new String[] { "/api/v1", "/api/v1/cases", "/api/v1/frameworks", "/api/v1/role-profiles",
				"/api/v1/skills-map", "/api/v1/indicators", "/api/v1/reports", "/api/v1/cases.csv",
				"/api/v1/skills-map.csv", "/api/v1/indicators.csv" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(secret))))
				.andExpect(content().string(not(containsString("Hidden Person"))))
				.andExpect(content().string(not(containsString(draft))))
				.andExpect(content().string(not(containsString("accountId"))))
				.andExpect(content().string(not(containsString("interviewees"))));
		}
	}

}
