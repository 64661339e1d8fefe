package eu.dhso.guidelines.evidence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.evidence.EvidenceSource;
import eu.dhso.guidelines.guideline.Guideline;
import eu.dhso.guidelines.guideline.GuidelineVersion;
import eu.dhso.guidelines.guideline.Guidelines;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.report.ObservatoryReport;
import eu.dhso.guidelines.report.ObservatoryReports;
import eu.dhso.guidelines.report.ReportStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guideline versions, observatory reports and indicators as citable evidence. It reads
 * the repositories, not the publishing services, because those freeze citations through
 * it.
 */
@Component
class GuidelinesEvidenceSource implements EvidenceSource {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final Guidelines guidelines;

	private final ObservatoryReports reports;

	private final IndicatorSeries indicators;

	GuidelinesEvidenceSource(Guidelines guidelines, ObservatoryReports reports, IndicatorSeries indicators) {
		this.guidelines = guidelines;
		this.reports = reports;
		this.indicators = indicators;
	}

	@Override
	public Set<EvidenceKind> kinds() {
		return Set.of(EvidenceKind.GUIDELINE, EvidenceKind.OBSERVATORY_REPORT, EvidenceKind.INDICATOR);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitedEvidence> resolve(EvidenceKind kind, String reference) {
		return switch (kind) {
			case GUIDELINE -> guideline(reference);
			case OBSERVATORY_REPORT -> this.reports.findBySlug(reference).flatMap(GuidelinesEvidenceSource::report);
			case INDICATOR -> indicator(reference);
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public List<CitedEvidence> search(EvidenceKind kind, String text, int limit) {
		String query = text.toLowerCase(Locale.ROOT);
		Stream<CitedEvidence> found = switch (kind) {
			case GUIDELINE -> this.guidelines.findByLatestVersionGreaterThan(0)
				.stream()
				.flatMap((g) -> guideline(g.getSlug()).stream());
			case OBSERVATORY_REPORT ->
				this.reports.findAllByOrderByStatusAscIdDesc().stream().flatMap((r) -> report(r).stream());
			case INDICATOR -> this.indicators.codes().stream().flatMap((code) -> indicator(code).stream());
			default -> Stream.empty();
		};
		return found
			.filter((c) -> c.reference().toLowerCase(Locale.ROOT).contains(query)
					|| c.title().toLowerCase(Locale.ROOT).contains(query))
			.limit(limit)
			.toList();
	}

	/** {@code slug@number}, or {@code slug} for its latest published version. */
	private Optional<CitedEvidence> guideline(String reference) {
		int at = reference.indexOf('@');
		String slug = (at < 0) ? reference : reference.substring(0, at);
		Optional<Guideline> guideline = this.guidelines.findBySlug(slug);
		if (guideline.isEmpty()) {
			return Optional.empty();
		}
		Optional<GuidelineVersion> version;
		if (at < 0) {
			version = guideline.get().latest();
		}
		else if (reference.substring(at + 1).matches("\\d{1,6}")) {
			version = guideline.get().version(Integer.parseInt(reference.substring(at + 1)));
		}
		else {
			return Optional.empty();
		}
		return version
			.map((v) -> new CitedEvidence(EvidenceKind.GUIDELINE, slug + "@" + v.getNumber(), v.getContent().title(),
					String.valueOf(v.getNumber()), null, "/guidelines/" + slug + "/versions/" + v.getNumber()));
	}

	/** Only a published report; a withdrawn one is no longer evidence. */
	private static Optional<CitedEvidence> report(ObservatoryReport report) {
		if (report.getStatus() != ReportStatus.PUBLISHED) {
			return Optional.empty();
		}
		var published = report.toReport();
		return Optional.of(new CitedEvidence(EvidenceKind.OBSERVATORY_REPORT, published.slug(), published.title(),
				DATE.format(published.publishedAt()), null, "/observatory/reports/" + published.slug()));
	}

	/**
	 * {@code code@period-end}, or {@code code} for its latest period; never a suppressed
	 * value.
	 */
	private Optional<CitedEvidence> indicator(String reference) {
		int at = reference.indexOf('@');
		String code = (at < 0) ? reference : reference.substring(0, at);
		LocalDate period = null;
		if (at >= 0) {
			try {
				period = LocalDate.parse(reference.substring(at + 1));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		Optional<Point> total = this.indicators.total(code, period);
		return total.filter((p) -> !p.suppressed() && p.value() != null)
			.map((p) -> new CitedEvidence(EvidenceKind.INDICATOR, code + "@" + p.periodEnd(), code,
					p.periodEnd().toString(), p.value().stripTrailingZeros().toPlainString(),
					"/observatory/indicators/compare?code=" + code));
	}

}
