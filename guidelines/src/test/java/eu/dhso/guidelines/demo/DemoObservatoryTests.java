package eu.dhso.guidelines.demo;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.Event.EventView;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.GuidelineTranslating;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.ReportStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoObservatoryTests {

	@Autowired
	DemoObservatory demo;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	GuidelineTranslating translating;

	@Autowired
	ReportPublishing reports;

	@Autowired
	Network network;

	@Autowired
	EventCalendar events;

	@Autowired
	IndicatorSeries indicators;

	@Test
	void demoContentLoadsOnceWithEverythingTheObservatoryShows() {
		this.demo.loadMissing();
		assertThat(this.guidelines.versions(DemoObservatory.HOSPITALS)).hasSize(2);
		// the demo guideline's title reads in Greek and Italian
		assertThat(this.translating.titles("el").of(DemoObservatory.HOSPITALS, null))
			.isEqualTo("Ενσωμάτωση της εκπαίδευσης σε ήπιες δεξιότητες στα νοσοκομεία");
		assertThat(this.translating.titles("it").of(DemoObservatory.HOSPITALS, null))
			.isEqualTo("Integrare la formazione sulle competenze trasversali negli ospedali");
		assertThat(this.guidelines.latest(DemoObservatory.EDUCATION)).isPresent();
		assertThat(this.guidelines.draft(DemoObservatory.POLICY).orElseThrow().consultationOpen()).isTrue();
		assertThat(this.reports.findBySlug(DemoObservatory.REPORT).orElseThrow().status())
			.isEqualTo(ReportStatus.PUBLISHED);
		assertThat(this.network.approved()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(this.network.pledges(null)).hasSizeGreaterThanOrEqualTo(20);
		assertThat(this.events.all()).extracting(EventView::kind)
			.filteredOn((k) -> k == EventKind.MULTIPLIER_EVENT)
			.hasSize(5);
		for (String country : DemoObservatory.COUNTRIES) {
			assertThat(this.indicators.series("policy.strategy-coverage", country)).hasSizeGreaterThanOrEqualTo(12);
		}
		assertThat(this.demo.loadMissing()).isZero();
	}

}
