package eu.dhso.guidelines.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.PrintedPdf;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class ReportPublishingTests {

	static final LocalDate PERIOD = LocalDate.of(2026, 3, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportPublishing reports;

	@Autowired
	IndicatorSeries indicators;

	@Autowired
	AccountLifecycle accounts;

	String slug;

	String code;

	long id;

	RequestPostProcessor admin;

	@BeforeEach
	void draft() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.slug = "r-" + suffix;
		this.code = "test.frozen-" + suffix;
		this.indicators.store(PERIOD, new IndicatorValue(this.code, "MT", null, new BigDecimal("417"), 417, false),
				IndicatorSeries.COMPUTED, null);
		this.id = this.reports.create(this.slug,
				new ReportDocument("Annual state", "Summary", "## Figures\nText\n\n{{indicator:" + this.code + "}}\n"),
				"test");
		this.admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
	}

	@Test
	void onlyAdministratorsPublishReports() throws Exception {
		for (Role role : new Role[] { Role.EDITOR, Role.PARTNER, Role.TRAINER, Role.PROFESSIONAL }) {
			RequestPostProcessor other = user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
			this.mvc.perform(post("/observatory/manage/reports/" + this.id + "/publish").with(other).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/observatory/manage/reports/" + this.id + "/publish").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.find(this.id).orElseThrow().status()).isEqualTo(ReportStatus.DRAFT);
		this.mvc.perform(post("/observatory/manage/reports/" + this.id + "/publish").with(this.admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.find(this.id).orElseThrow().status()).isEqualTo(ReportStatus.PUBLISHED);
	}

	@Test
	void aDraftIsNotPublic() throws Exception {
		this.mvc.perform(get("/observatory/reports/" + this.slug)).andExpect(status().isNotFound());
		this.mvc.perform(get("/observatory/reports/" + this.slug + "/pdf")).andExpect(status().isNotFound());
	}

	@Test
	void embeddedIndicatorsAreFrozenAtPublication() throws Exception {
		this.reports.publish(this.id, "test");
		this.indicators.store(PERIOD, new IndicatorValue(this.code, "MT", null, new BigDecimal("999"), 999, false),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(PERIOD.plusMonths(1),
				new IndicatorValue(this.code, "MT", null, new BigDecimal("888"), 888, false), IndicatorSeries.COMPUTED,
				null);
		this.mvc.perform(get("/observatory/reports/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">417<")))
			.andExpect(content().string(not(containsString(">999<"))))
			.andExpect(content().string(not(containsString(">888<"))));
	}

	@Test
	void thePdfNamesABreakdownsProfessionNotItsCode() throws Exception {
		this.indicators.store(PERIOD,
				new IndicatorValue(this.code, "MT", "IT_PROFESSIONAL", new BigDecimal("12"), 12, false),
				IndicatorSeries.COMPUTED, null);
		this.reports.publish(this.id, "test");
		byte[] pdf = this.mvc.perform(get("/observatory/reports/" + this.slug + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(pdf).figures())
			.anySatisfy((bar) -> assertThat(bar).contains("IT professional in health care"))
			.noneSatisfy((bar) -> assertThat(bar).contains("IT_PROFESSIONAL"));
	}

	@Test
	void aPublishedReportHasAPdfAndAnEntryInTheFeed() throws Exception {
		this.reports.publish(this.id, "test");
		byte[] pdf = this.mvc.perform(get("/observatory/reports/" + this.slug + "/pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PrintedPdf printed = PrintedPdf.of(pdf);
		// the frozen value, drawn as a vector bar as on the page; no empty breakdown
		// column
		assertThat(printed.text()).contains("417", "Page 1 of " + printed.pages()).doesNotContain("Breakdown");
		assertThat(printed.figures()).anySatisfy((bar) -> assertThat(bar).endsWith(": 417"));
		assertThat(printed.vectorDrawings()).isGreaterThanOrEqualTo(2);
		byte[] greek = this.mvc.perform(get("/observatory/reports/" + this.slug + "/pdf").param("lang", "el"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(greek).isTaggedIn("el").text()).contains("Σελίδα 1 από");
		this.mvc.perform(get("/observatory/reports/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">")))
			.andExpect(content().string(containsString("/observatory/reports/" + this.slug + "</id>")));
	}

	@Test
	void aWithdrawalWithoutAReasonIsRefusedNextToTheField() throws Exception {
		this.reports.publish(this.id, "test");
		this.mvc
			.perform(post("/observatory/manage/reports/" + this.id + "/withdraw").param("note", " ")
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"note-errors\"")));
		this.mvc.perform(get("/observatory/reports/" + this.slug))
			.andExpect(content().string(not(containsString("This report has been withdrawn."))));
	}

	@Test
	void aWithdrawnReportKeepsItsAddressWithANotice() throws Exception {
		this.reports.publish(this.id, "test");
		this.mvc
			.perform(post("/observatory/manage/reports/" + this.id + "/withdraw").param("note", "Figures revised")
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/observatory/reports/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This report has been withdrawn.")))
			.andExpect(content().string(containsString("Figures revised")))
			.andExpect(content().string(containsString(">417<")));
	}

	@Test
	void aReportEmbeddingAnUnknownIndicatorOrCitingNonPublicEvidenceIsNotSavedAndKeepsTheText() throws Exception {
		long version = this.reports.find(this.id).orElseThrow().version();
		this.mvc
			.perform(post("/observatory/manage/reports/" + this.id + "/edit").param("title", "Annual state")
				.param("summary", "Summary")
				.param("body", "## Figures\nKept text\n\n{{indicator:no.such}}\n\n{{cite:case:999999999}}\n")
				.param("version", String.valueOf(version))
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"These embeds or citations name nothing the public can see: indicator:no.such case:999999999.")))
			.andExpect(content().string(containsString("Kept text")));
		assertThat(this.reports.find(this.id).orElseThrow().draft().body()).doesNotContain("no.such");
	}

	@Test
	void aCitationInAReportIsFrozenWithItsFigureAtPublication() throws Exception {
		String cited = this.code + ".total";
		this.indicators.store(PERIOD, new IndicatorValue(cited, null, null, new BigDecimal("5"), 50, false),
				IndicatorSeries.COMPUTED, null);
		long version = this.reports.find(this.id).orElseThrow().version();
		this.mvc
			.perform(post("/observatory/manage/reports/" + this.id + "/edit").param("title", "Annual state")
				.param("summary", "Summary")
				.param("body", "## Figures\nText\n\n{{cite:indicator:" + cited + "}}\n")
				.param("version", String.valueOf(version))
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/observatory/manage/reports/" + this.id + "/publish").with(this.admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.indicators.store(PERIOD, new IndicatorValue(cited, null, null, new BigDecimal("6"), 60, false),
				IndicatorSeries.COMPUTED, null);
		this.mvc.perform(get("/observatory/reports/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("figure as cited: 5")))
			.andExpect(content().string(containsString("data-citation=\"indicator:" + cited + "@" + PERIOD + "\"")));
	}

	@Test
	void thePickerCitesPublicEvidenceInAReportPinnedToItsPeriodAndRefusesUnknownEvidence() throws Exception {
		String cited = this.code + ".picked";
		this.indicators.store(PERIOD, new IndicatorValue(cited, null, null, new BigDecimal("12"), 50, false),
				IndicatorSeries.COMPUTED, null);
		String picker = "/observatory/manage/reports/" + this.id + "/cite";
		this.mvc.perform(get(picker).param("kind", "INDICATOR").param("q", cited).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("indicator:" + cited + "@" + PERIOD)));
		long version = this.reports.find(this.id).orElseThrow().version();
		this.mvc
			.perform(post(picker).param("kind", "INDICATOR")
				.param("reference", cited)
				.param("version", String.valueOf(version))
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "guidelines.report.cite.done"));
		assertThat(this.reports.find(this.id).orElseThrow().draft().body())
			.endsWith("{{cite:indicator:" + cited + "@" + PERIOD + "}}\n");
		long now = this.reports.find(this.id).orElseThrow().version();
		this.mvc
			.perform(post(picker).param("kind", "CASE")
				.param("reference", "999999999")
				.param("version", String.valueOf(now))
				.with(this.admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.report.cite.invalid"));
		// a picker opened before someone else's save cites nothing
		this.mvc
			.perform(post(picker).param("kind", "INDICATOR")
				.param("reference", cited)
				.param("version", String.valueOf(version))
				.with(this.admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.cite.stale"));
		this.mvc.perform(post("/observatory/manage/reports/" + this.id + "/publish").with(this.admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/observatory/reports/" + this.slug))
			.andExpect(content().string(containsString("figure as cited: 12")));
		this.mvc.perform(get(picker).with(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void aReferenceWrittenInsideTextIsRefusedSoItNeverReachesReaders() throws Exception {
		long version = this.reports.find(this.id).orElseThrow().version();
		this.mvc
			.perform(post("/observatory/manage/reports/" + this.id + "/edit").param("title", "Annual state")
				.param("summary", "See {{indicator:cases.published}} in the summary")
				.param("body", "## Figures\nAs {{indicator:no.such}} shows\n\n{{Indicator:No.Such}}\n")
				.param("version", String.valueOf(version))
				.with(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("{{indicator:cases.published}} {{indicator:no.such}} " + "{{Indicator:No.Such}}")));
		assertThat(this.reports.find(this.id).orElseThrow().draft().body()).doesNotContain("no.such");
	}

}
