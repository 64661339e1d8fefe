package eu.dhso.cases.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import eu.dhso.cases.OpenReportFigures;
import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes each published Open Report's figures again from its inputs: the cases it was
 * drafted from, as the public library holds them now, under the report's own scope. A
 * case revised or withdrawn since shows as a difference, and so does a cited figure that
 * its evidence no longer gives.
 */
@Component
class OpenReportRecomputation implements OpenReportFigures {

	private final OpenReportPublishing reports;

	private final PublishedCases cases;

	private final EvidenceCatalogue evidence;

	OpenReportRecomputation(OpenReportPublishing reports, PublishedCases cases, EvidenceCatalogue evidence) {
		this.reports = reports;
		this.cases = cases;
		this.evidence = evidence;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recomputed> recompute() {
		List<Recomputed> all = new ArrayList<>();
		for (OpenReport report : this.reports.published()) {
			ReportContent published = report.getContent();
			List<PublishedCase> inputs = published.inputIds()
				.stream()
				.map(this.cases::find)
				.flatMap(Optional::stream)
				.toList();
			Map<String, String> before = published.figures();
			Map<String, String> now = ReportContent.draft(inputs, report.scope()).figures();
			if (published.training().cases() == 0) {
				// published before training was recorded: that section has no figures
				now.keySet().removeIf((name) -> name.startsWith("training/"));
			}
			List<Difference> differences = new ArrayList<>();
			TreeSet<String> names = new TreeSet<>(before.keySet());
			names.addAll(now.keySet());
			for (String name : names) {
				if (!Objects.equals(before.get(name), now.get(name))) {
					differences.add(new Difference(name, before.get(name), now.get(name)));
				}
			}
			int figures = before.size();
			for (CitedEvidence cited : report.getCitations()) {
				if (cited.figure() == null) {
					continue;
				}
				figures++;
				String again = this.evidence.resolve(cited.kind(), cited.reference())
					.map(CitedEvidence::figure)
					.orElse(null);
				if (!cited.figure().equals(again)) {
					differences.add(new Difference(cited.token(), cited.figure(), again));
				}
			}
			all.add(new Recomputed(report.getTitle(), "/cases/reports/" + report.getId(), figures, differences));
		}
		return all;
	}

}
