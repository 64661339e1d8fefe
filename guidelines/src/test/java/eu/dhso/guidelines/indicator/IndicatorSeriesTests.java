package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class IndicatorSeriesTests {

	@Autowired
	IndicatorSeries indicators;

	@Autowired
	Organisations organisations;

	@Autowired
	MockMvc mvc;

	@Test
	void personBasedValuesOnFewerThanFivePeopleAreStoredWithoutFigureOrBasis() {
		String code = "test.people-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate period = LocalDate.of(2026, 1, 31);
		this.indicators.store(period, new IndicatorValue(code, "LT", null, new BigDecimal("4"), 4, true),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(period, new IndicatorValue(code, "RO", null, new BigDecimal("5"), 5, true),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(period, new IndicatorValue(code, "DK", null, new BigDecimal("3"), 3, false),
				IndicatorSeries.COMPUTED, null);
		assertThat(this.indicators.latest(code, null).orElseThrow().points())
			.extracting(Point::country, Point::value, Point::suppressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DK", new BigDecimal("3.0000"), false),
					org.assertj.core.groups.Tuple.tuple("LT", null, true),
					org.assertj.core.groups.Tuple.tuple("RO", new BigDecimal("5.0000"), false));
	}

	@Test
	void collectingSnapshotsEveryModulesValuesForThePeriod() {
		this.organisations.save(new Organisation("Member " + UUID.randomUUID(), OrganisationType.UNIVERSITY, "HU"));
		LocalDate period = LocalDate.of(2030, 12, 31);
		int stored = this.indicators.collect(period);
		assertThat(stored).isPositive();
		Point hungary = this.indicators.series("network.members", "HU")
			.stream()
			.filter((p) -> p.periodEnd().equals(period))
			.findFirst()
			.orElseThrow();
		assertThat(hungary.value()).isPositive();
		// the case library and the skills profile contribute their own codes
		assertThat(this.indicators.codes()).contains("network.members", "skills.role-profiles");
	}

	@Test
	void collectingTheSamePeriodTwiceReplacesItsValues() {
		LocalDate period = LocalDate.of(2030, 11, 30);
		this.indicators.collect(period);
		long before = this.indicators.count();
		this.indicators.collect(period);
		assertThat(this.indicators.count()).isEqualTo(before);
	}

	@Test
	void theDashboardShowsMaturityAndSeriesAsTables() throws Exception {
		this.indicators.setMaturity("GR", LifecyclePhase.PLANNING, 4);
		this.indicators.store(LocalDate.of(2026, 2, 28),
				new IndicatorValue("network.members", "GR", null, new BigDecimal("7"), 7, false),
				IndicatorSeries.COMPUTED, null);
		this.mvc.perform(get("/observatory/indicators").param("country", "GR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 of 5")))
			.andExpect(content().string(containsString("data-indicator=\"network.members\"")))
			.andExpect(content().string(containsString("class=\"bar bar-")));
		this.mvc.perform(get("/observatory/indicators/compare").param("code", "network.members"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Member organisations of the network")));
	}

	@Test
	void demandAndSupplyReadAsTablesAndSuppressSmallGroups() throws Exception {
		this.mvc.perform(get("/observatory/demand-supply").param("country", "MT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"demand-supply\"")))
			.andExpect(content().string(containsString("S: fewer than 5")));
	}

}
