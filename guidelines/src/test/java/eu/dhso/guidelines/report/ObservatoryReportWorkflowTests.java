package eu.dhso.guidelines.report;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The observatory report's state machine, without Spring or a database. */
class ObservatoryReportWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void aDraftIsRevisedThenPublishedAndFrozen() {
		ObservatoryReport report = new ObservatoryReport("annual", new ReportDocument("Annual", "S", "Body"));
		report.revise(new ReportDocument("Annual state", "S", "Body"));
		ReportSnapshot snapshot = report.publish(List.of(), "admin", NOW);
		assertThat(snapshot.title()).isEqualTo("Annual state");
		assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
		assertThatThrownBy(() -> report.revise(new ReportDocument("Changed", "S", "Body")))
			.isInstanceOf(IllegalReportTransitionException.class);
		assertThatThrownBy(() -> report.publish(List.of(), "admin", NOW))
			.isInstanceOf(IllegalReportTransitionException.class);
		assertThat(report.toReport().snapshot().title()).isEqualTo("Annual state");
	}

	@Test
	void onlyAPublishedReportIsWithdrawnAndOnlyWithANotice() {
		ObservatoryReport report = new ObservatoryReport("annual", new ReportDocument("Annual", "S", "Body"));
		assertThatThrownBy(() -> report.withdraw("Figures revised", NOW))
			.isInstanceOf(IllegalReportTransitionException.class);
		report.publish(List.of(), "admin", NOW);
		assertThatIllegalArgumentException().isThrownBy(() -> report.withdraw(" ", NOW));
		report.withdraw("Figures revised", NOW);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.WITHDRAWN);
		assertThat(report.toReport().withdrawalNote()).isEqualTo("Figures revised");
		assertThatThrownBy(() -> report.withdraw("Again", NOW)).isInstanceOf(IllegalReportTransitionException.class);
	}

	@Test
	void transitionsGoOneWay() {
		assertThat(ReportStatus.DRAFT.canMoveTo(ReportStatus.PUBLISHED)).isTrue();
		assertThat(ReportStatus.DRAFT.canMoveTo(ReportStatus.WITHDRAWN)).isFalse();
		assertThat(ReportStatus.PUBLISHED.canMoveTo(ReportStatus.DRAFT)).isFalse();
		assertThat(ReportStatus.WITHDRAWN.canMoveTo(ReportStatus.PUBLISHED)).isFalse();
	}

}
