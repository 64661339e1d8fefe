package eu.dhso.guidelines.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import eu.dhso.cases.OpenReportFigures;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.guidelines.guideline.Guideline;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.Guidelines;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.report.ObservatoryReport;
import eu.dhso.guidelines.report.ObservatoryReports;
import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportSnapshot.FrozenBlock;
import eu.dhso.guidelines.report.ReportStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every figure a publication froze and lists where today's computation from
 * the database differs: each figure a guideline version cites (from its pinned inputs:
 * the exact indicator period, the skills-map cell with its closed period and framework
 * version) and each indicator table of a published observatory report (from the values
 * stored for its period), and each figure of a published Open Report (from the cases it
 * was drafted from, by the case library).
 */
@Service
public class PublicationVerification {

	private final Guidelines guidelines;

	private final ObservatoryReports reports;

	private final IndicatorSeries indicators;

	private final EvidenceCatalogue evidence;

	private final OpenReportFigures openReports;

	PublicationVerification(Guidelines guidelines, ObservatoryReports reports, IndicatorSeries indicators,
			EvidenceCatalogue evidence, OpenReportFigures openReports) {
		this.openReports = openReports;
		this.guidelines = guidelines;
		this.reports = reports;
		this.indicators = indicators;
		this.evidence = evidence;
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		List<Difference> differences = new ArrayList<>();
		int checked = 0;
		int provisional = 0;
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (Guideline guideline : this.guidelines.findByLatestVersionGreaterThan(0)) {
			for (Guideline.PublishedVersion version : guideline.changelog()) {
				String publication = "/guidelines/" + version.slug() + "/versions/" + version.number();
				for (Evidence cited : version.document().evidence()) {
					if (cited.figure() == null) {
						continue;
					}
					checked++;
					String now = recompute(cited);
					if (!cited.figure().equals(now)) {
						differences.add(new Difference(version.document().title(), publication, cited.token(),
								cited.figure(), now));
					}
				}
			}
		}
		for (ObservatoryReport stored : this.reports.findAllByOrderByStatusAscIdDesc()) {
			Report report = stored.toReport();
			if (report.status() != ReportStatus.PUBLISHED || report.snapshot() == null) {
				continue;
			}
			String publication = "/observatory/reports/" + report.slug();
			for (FrozenBlock block : report.snapshot().blocks()) {
				Evidence cited = block.citation();
				if (cited != null && cited.figure() != null) {
					checked++;
					String now = recompute(cited);
					if (!cited.figure().equals(now)) {
						differences
							.add(new Difference(report.title(), publication, cited.token(), cited.figure(), now));
					}
				}
				if (block.table() == null) {
					continue;
				}
				// a period not over yet is collected again as data arrive: its frozen
				// figure
				// was provisional, so a change is expected rather than a difference
				if (!block.table().periodEnd().isBefore(today)) {
					provisional++;
					continue;
				}
				String country = block.block().country();
				Set<String> frozen = figures(block.table().points(), country);
				Set<String> now = figures(this.indicators.at(block.table().code(), block.table().periodEnd()), country);
				checked += frozen.size();
				if (!frozen.equals(now)) {
					differences.add(new Difference(report.title(), publication,
							"indicator:" + block.table().code() + "@" + block.table().periodEnd(),
							String.join(", ", frozen), String.join(", ", now)));
				}
			}
		}
		for (OpenReportFigures.Recomputed report : this.openReports.recompute()) {
			checked += report.figures();
			for (OpenReportFigures.Difference d : report.differences()) {
				differences.add(new Difference(report.title(), report.link(), d.figure(), d.published(), d.now()));
			}
		}
		return new Verification(checked, List.copyOf(differences), provisional);
	}

	private String recompute(Evidence cited) {
		return (cited.kind().core() != null)
				? this.evidence.resolve(cited.kind().core(), cited.reference()).map(CitedEvidence::figure).orElse(null)
				: null;
	}

	/** Each value as {@code country/dimension=value}, suppressed ones as such. */
	private static Set<String> figures(List<Point> points, String country) {
		Set<String> figures = new TreeSet<>();
		for (Point point : points) {
			if (country != null && !country.equals(point.country())) {
				continue;
			}
			String value = point.suppressed() ? "suppressed"
					: Objects.requireNonNullElse(point.value(), BigDecimal.ZERO).stripTrailingZeros().toPlainString();
			figures.add(Objects.requireNonNullElse(point.country(), "") + "/"
					+ Objects.requireNonNullElse(point.dimension(), "") + "=" + value);
		}
		return figures;
	}

	/**
	 * How many figures were recomputed, where they differ from what was published, and
	 * how many indicator tables were left out because their period is not over yet.
	 */
	public record Verification(int checked, List<Difference> differences, int provisional) {
	}

	/**
	 * A published figure that the database no longer gives: {@code now} is null when its
	 * evidence is no longer public.
	 */
	public record Difference(String publication, String link, String figure, String published, String now) {
	}

}
