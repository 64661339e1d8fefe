package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.evidence.EvidenceKind;
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
 * definition, phase, population and time of computation), pilot evaluations (the learning
 * lab's released figures) and guideline versions. Suppression happened where the values
 * were computed, by the kernel's disclosure control.
 */
@Component
class OpenDatasets {

	static final List<String> CURRENT_HEADER = List.of("code", "phase", "country", "dimension", "value", "suppressed",
			"population", "source");

	static final List<String> GUIDELINE_HEADER = List.of("slug", "version", "title", "audience", "published_at",
			"change_note", "url");

	static final List<String> CITATION_HEADER = List.of("slug", "version", "kind", "reference", "title",
			"cited_version", "figure", "url", "guideline_url");

	private static final String LAB_SOURCE = "guidelines.indicator.source.lab";

	private final CurrentIndicators current;

	private final GuidelinePublishing guidelines;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	OpenDatasets(CurrentIndicators current, GuidelinePublishing guidelines, MessageSource messages,
			PublicUrl publicUrl) {
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
	 * The learning lab's released figures: cohorts run, people trained, learning gain.
	 */
	List<CurrentItem> pilotEvaluations(@Nullable String country) {
		return this.current.all()
			.stream()
			.filter((c) -> c.entry().sourceKey().equals(LAB_SOURCE))
			.filter((c) -> country == null || country.equals(c.country()))
			.map(this::item)
			.toList();
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
