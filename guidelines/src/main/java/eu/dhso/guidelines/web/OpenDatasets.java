package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.indicator.PilotEvaluationSource;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.indicator.CurrentIndicators;
import eu.dhso.guidelines.indicator.CurrentIndicators.Current;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The datasets added to open data for issue 17, each built once here for its JSON, its
 * CSV and its checksum, so the formats cannot drift apart: current indicators (with
 * definition, phase, population and time of computation), pilot evaluations (each
 * finished cohort's released figures, from the learning lab) and guideline versions with
 * their citations. Suppression happened where the values were computed, by the kernel's
 * disclosure control.
 */
@Component
class OpenDatasets {

	static final List<String> CURRENT_HEADER = List.of("code", "phase", "country", "dimension", "value", "suppressed",
			"population", "source");

	static final List<String> GUIDELINE_HEADER = List.of("slug", "version", "title", "audience", "published_at",
			"change_note", "url");

	static final List<String> CITATION_HEADER = List.of("slug", "version", "kind", "reference", "title",
			"cited_version", "figure", "url", "guideline_url");

	static final List<String> PILOT_HEADER = List.of("cohort_id", "title", "scheme", "scheme_version", "country",
			"starts_on", "ends_on", "attendance_percent", "gain", "gain_people", "pre_mean", "post_mean",
			"gain_suppressed", "url");

	private final CurrentIndicators current;

	private final GuidelinePublishing guidelines;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	private final List<PilotEvaluationSource> pilots;

	OpenDatasets(CurrentIndicators current, GuidelinePublishing guidelines, MessageSource messages, PublicUrl publicUrl,
			List<PilotEvaluationSource> pilots) {
		this.pilots = pilots;
		this.current = current;
		this.guidelines = guidelines;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The current indicators that pass the filters ({@code country} "" for all countries
	 * together, null for any).
	 */
	List<CurrentItem> currentIndicators(@Nullable String country, @Nullable LifecyclePhase phase,
			@Nullable String code) {
		return this.current.all()
			.stream()
			.filter((c) -> country == null || country.equals(c.country()))
			.filter((c) -> phase == null || phase == c.phase())
			.filter((c) -> code == null || code.equals(c.code()))
			.map(this::item)
			.toList();
	}

	/**
	 * The evaluation of every finished pilot cohort (of a country, and ended within a
	 * period, when given), newest first.
	 */
	List<PilotItem> pilotEvaluations(@Nullable String country, @Nullable String period) {
		return this.pilots.stream()
			.flatMap((source) -> source.finishedPilots().stream())
			.filter((p) -> country == null || country.equals(p.countryCode()))
			.filter((p) -> period == null || within(p.endsOn(), period))
			.map((p) -> new PilotItem(p.cohortId(), p.title(), p.scheme(), p.schemeVersion(), p.countryCode(),
					p.startsOn(), p.endsOn(), figure(p.attendancePercent()), figure(p.gain()), p.gain().people(),
					figure(p.preMean()), figure(p.postMean()), !p.gain().shown(), this.publicUrl.link(p.link())))
			.toList();
	}

	static byte[] pilotCsv(List<PilotItem> items) {
		return CsvWriter.of(List.of(), PILOT_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.cohortId(), i.title(), i.scheme(), i.schemeVersion(),
							i.countryCode(), i.startsOn().toString(), i.endsOn().toString(), i.attendancePercent(),
							i.gain(), i.gainPeople(), i.preMean(), i.postMean(), i.gainSuppressed(), i.url()))
					.toList());
	}

	/**
	 * Whether a day falls in a year ({@code 2026}) or calendar quarter ({@code 2026-Q3}).
	 */
	static boolean within(LocalDate day, String period) {
		int year = Integer.parseInt(period.substring(0, 4));
		if (period.length() == 4) {
			return day.getYear() == year;
		}
		int quarter = period.charAt(6) - '0';
		return day.getYear() == year && (day.getMonthValue() + 2) / 3 == quarter;
	}

	private static @Nullable BigDecimal figure(Released released) {
		return released.shown() ? new BigDecimal(released.formatted()) : null;
	}

	/** Every published version of every guideline, newest guideline first. */
	List<GuidelineVersionItem> guidelineVersions(@Nullable String audience) {
		List<GuidelineVersionItem> items = new ArrayList<>();
		for (PublishedVersion latest : this.guidelines.published()) {
			for (PublishedVersion v : this.guidelines.versions(latest.slug())) {
				if (audience == null || audience.equals(v.document().audience().name())) {
					items.add(new GuidelineVersionItem(v.slug(), v.number(), v.document().title(),
							v.document().audience().name(), v.document().summary(), v.changeNote(), v.publishedAt(),
							this.publicUrl.link("/guidelines/" + v.slug() + "/versions/" + v.number())));
				}
			}
		}
		return items;
	}

	/**
	 * Every citation of every published guideline version, as frozen at publication: what
	 * was cited, its title, version and figure then, and where it is now.
	 */
	List<CitationItem> citations(@Nullable EvidenceKind kind) {
		List<CitationItem> items = new ArrayList<>();
		for (PublishedVersion latest : this.guidelines.published()) {
			for (PublishedVersion v : this.guidelines.versions(latest.slug())) {
				String guideline = this.publicUrl.link("/guidelines/" + v.slug() + "/versions/" + v.number());
				for (Evidence e : v.document().evidence()) {
					if (kind == null || kind == e.kind().core()) {
						String link = e.link();
						items.add(new CitationItem(v.slug(), v.number(), guideline, e.kind().name(), e.reference(),
								e.title(), e.version(), e.figure(),
								(link == null) ? null : link.startsWith("/") ? this.publicUrl.link(link) : link));
					}
				}
			}
		}
		return items;
	}

	static byte[] citationsCsv(List<CitationItem> items) {
		return CsvWriter.of(List.of(), CITATION_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.slug(), i.version(), i.kind(), i.reference(), i.title(),
							i.citedVersion(), i.figure(), i.url(), i.guidelineUrl()))
					.toList());
	}

	static byte[] currentCsv(List<CurrentItem> items) {
		return CsvWriter.of(List.of(), CURRENT_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.code(), i.phase(), i.countryCode(), i.dimension(), i.value(),
							i.suppressed(), i.population(), (i.policySource() != null) ? i.policySource() : i.source()))
					.toList());
	}

	static byte[] guidelinesCsv(List<GuidelineVersionItem> items) {
		return CsvWriter.of(List.of(), GUIDELINE_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.slug(), i.version(), i.title(), i.audience(),
							String.valueOf(i.publishedAt()), i.changeNote(), i.url()))
					.toList());
	}

	/**
	 * A dataset's version: the SHA-256 of its CSV, so any change of content is a new one.
	 */
	static String checksum(byte[] csv) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private CurrentItem item(Current c) {
		return new CurrentItem(c.code(), c.phase().name(),
				this.messages.getMessage("indicator." + c.code(), null, c.code(), Locale.ENGLISH),
				this.messages.getMessage(c.entry().definitionKey(), null, Locale.ENGLISH),
				this.messages.getMessage(c.entry().sourceKey(), null, Locale.ENGLISH),
				c.country().isEmpty() ? null : c.country(), c.dimension().isEmpty() ? null : c.dimension(),
				OpenDataItems.plain(c.value()), c.suppressed(), c.population(), c.policySource(), c.computedAt());
	}

	/**
	 * The evaluation of a finished pilot cohort, its figures released: mean attendance
	 * (per cent), mean normalised learning gain and the (rounded) number of people it
	 * rests on, mean self-assessed level before and after.
	 */
	record PilotItem(long cohortId, String title, String scheme, int schemeVersion, String countryCode,
			LocalDate startsOn, LocalDate endsOn, @Nullable BigDecimal attendancePercent, @Nullable BigDecimal gain,
			@Nullable Long gainPeople, @Nullable BigDecimal preMean, @Nullable BigDecimal postMean,
			boolean gainSuppressed, String url) {
	}

	/** An indicator as it stands now, with what it means and what it rests on. */
	record CurrentItem(String code, String phase, String title, String definition, String source,
			@Nullable String countryCode, @Nullable String dimension, @Nullable BigDecimal value, boolean suppressed,
			@Nullable Long population, @Nullable String policySource, Instant computedAt) {
	}

	/** One published version of a guideline. */
	record GuidelineVersionItem(String slug, int version, String title, String audience, @Nullable String summary,
			@Nullable String changeNote, Instant publishedAt, String url) {
	}

	/**
	 * A citation of a published guideline version, frozen when it was published: the
	 * title, version and figure of the evidence then, and the address of what was cited.
	 */
	record CitationItem(String slug, int version, String guidelineUrl, String kind, String reference,
			@Nullable String title, @Nullable String citedVersion, @Nullable String figure, @Nullable String url) {
	}

	/** A dataset of open data: where its formats and its method are, and its version. */
	record DatasetItem(String name, String json, String csv, String method, String version, int rows, String licence) {
	}

}
