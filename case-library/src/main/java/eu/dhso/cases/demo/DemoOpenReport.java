package eu.dhso.cases.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.OpenReports;
import eu.dhso.cases.report.ReportScope;
import eu.dhso.core.DemoContent;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;

import org.springframework.stereotype.Component;

/**
 * One published Open Report over the demonstration cases, drafted and published the way
 * an admin would; loaded once, after every module's demo content, so that it cites a
 * case, a skills-map cell, a role profile, a pilot evaluation and an indicator.
 */
@Component
class DemoOpenReport implements DemoContent {

	static final String TITLE = "Open Report 2024–2025: digital-health technology trends and the skills they need";

	static final String ADMIN = "admin";

	private final OpenReports reports;

	private final OpenReportPublishing service;

	DemoOpenReport(OpenReports reports, OpenReportPublishing service) {
		this.reports = reports;
		this.service = service;
	}

	@Override
	public int order() {
		return 45;
	}

	/**
	 * Evidence of five kinds, where it is public here: a demo without synthetic
	 * respondents or finished pilots still loads, citing what it has.
	 */
	private List<CitedEvidence> citable() {
		List<String> tokens = new ArrayList<>(List.of("cell:NURSE/S1.1", "profile:NURSE", "indicator:cases.published"));
		Stream.of(EvidenceKind.CASE, EvidenceKind.PILOT_EVALUATION)
			.flatMap((kind) -> this.service.findEvidence(kind, "").stream().limit(1))
			.forEach((cited) -> tokens.add(cited.token()));
		return this.service.check(tokens).cited();
	}

	@Override
	public int loadMissing() {
		if (this.reports.existsByTitle(TITLE)) {
			return 0;
		}
		ReportScope scope = new ReportScope(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(), List.of());
		OpenReport report = this.service.start(TITLE, scope, ADMIN);
		this.service.describe(report.getId(), report.getVersion(), TITLE, scope, """
				Partners of the observatory interviewed the people behind digital-health implementations in nine \
				European countries. This report brings together the cases the editors published in 2024 and 2025: \
				which technologies spread, where, with what measured effect, and which soft and digital skills the \
				professionals involved said they could not have done without.""", """
				Electronic health records and telehealth are where most implementations now happen, followed by \
				interoperability, data platforms and artificial intelligence. Across technologies, the skills the \
				cases needed most are using clinical information systems well, protecting personal data and \
				privacy, delivering care at a distance and making sense of data from wearables and apps; \
				interpreting system outputs in clinical reasoning and applying ethical principles follow. Training \
				should pair each technology with these skills and give staff protected time to practise them, \
				as the most successful cases did.""", citable());
		this.service.publish(report.getId(), ADMIN);
		return 1;
	}

}
