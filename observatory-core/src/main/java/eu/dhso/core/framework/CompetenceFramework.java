package eu.dhso.core.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.TranslatedTexts;
import eu.dhso.core.translation.Translation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the competence framework as records, so callers never hold entities. */
@Service
@Transactional(readOnly = true)
@NamedInterface("framework")
public class CompetenceFramework {

	private final FrameworkVersions versions;

	private final FrameworkTranslations translations;

	private final JdbcClient jdbc;

	/** Reads a version not kept yet, in the caller's transaction or a read-only one. */
	private final TransactionTemplate reading;

	/**
	 * Views of published versions, which never change; read in read-only transactions
	 * only, so a version published in a transaction that rolls back is never kept.
	 */
	private final Map<Long, FrameworkView> published = new ConcurrentHashMap<>();

	CompetenceFramework(FrameworkVersions versions, FrameworkTranslations translations, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.versions = versions;
		this.translations = translations;
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The latest published version in a reader's language, English where untranslated.
	 */
	public Optional<FrameworkView> latestPublished(String language) {
		return latestPublished().map((view) -> translated(view, language));
	}

	/** Any version in a reader's language, English where untranslated. */
	public Optional<FrameworkView> version(Long id, String language) {
		return version(id).map((view) -> translated(view, language));
	}

	/**
	 * A view with each text in the language given where it is translated; the others stay
	 * English and say so ({@link CompetenceView#english}). Translations are read afresh
	 * each time: unlike the published version itself they may change.
	 */
	public FrameworkView translated(FrameworkView view, String language) {
		if (!ContentLanguage.isTarget(language)) {
			return view;
		}
		List<Long> areaIds = view.areas().stream().map(AreaView::id).filter(Objects::nonNull).toList();
		List<Long> competenceIds = view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::id)
			.toList();
		List<Translation> found = new ArrayList<>(
				this.translations.translations(FrameworkTranslation.AREA, language, areaIds));
		found.addAll(this.translations.translations(FrameworkTranslation.COMPETENCE, language, competenceIds));
		TranslatedTexts texts = TranslatedTexts.of(language, found);
		List<AreaView> areas = view.areas().stream().map((area) -> {
			List<CompetenceView> competences = area.competences().stream().map((c) -> {
				Set<TranslatedField> english = EnumSet.noneOf(TranslatedField.class);
				String title = text(texts, FrameworkTranslation.COMPETENCE, c.id(), TranslatedField.TITLE, c.title(),
						english);
				String description = text(texts, FrameworkTranslation.COMPETENCE, c.id(), TranslatedField.DESCRIPTION,
						c.description(), english);
				Map<Integer, String> levels = new TreeMap<>();
				c.levels()
					.forEach((level, descriptor) -> levels.put(level, text(texts, FrameworkTranslation.COMPETENCE,
							c.id(), TranslatedField.level(level), descriptor, english)));
				return new CompetenceView(c.id(), c.code(), title, description, c.digcompCode(), c.escoUri(),
						Collections.unmodifiableMap(levels), Collections.unmodifiableSet(english));
			}).toList();
			Set<TranslatedField> english = EnumSet.noneOf(TranslatedField.class);
			String title = text(texts, FrameworkTranslation.AREA, area.id(), TranslatedField.TITLE, area.title(),
					english);
			String description = text(texts, FrameworkTranslation.AREA, area.id(), TranslatedField.DESCRIPTION,
					area.description(), english);
			return new AreaView(area.code(), area.kind(), title, description, competences, area.id(),
					Collections.unmodifiableSet(english));
		}).toList();
		return new FrameworkView(view.id(), view.label(), view.title(), view.publishedAt(), areas);
	}

	private static String text(TranslatedTexts texts, String type, Long id, TranslatedField field, String source,
			Set<TranslatedField> english) {
		if (texts.english(type, id, field, source)) {
			english.add(field);
		}
		return texts.text(type, id, field, source);
	}

	/**
	 * Nearly every page asks, and the view is kept: one statement, in the caller's
	 * transaction or none, not a transaction and an entity manager of its own. Only a
	 * version not kept yet is read through JPA.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<FrameworkView> latestPublished() {
		return latestPublishedId().flatMap(this::version);
	}

	private Optional<Long> latestPublishedId() {
		return this.jdbc
			.sql("select id from core.framework_version where status = 'PUBLISHED' order by published_at desc limit 1")
			.query(Long.class)
			.optional();
	}

	/**
	 * Any version, published or draft, for pages that show results coded on it. A kept
	 * version is answered without a transaction: the library's pages name competences by
	 * the version they read, and a transaction of its own cost each of them a connection
	 * and an entity manager.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<FrameworkView> version(Long id) {
		FrameworkView cached = this.published.get(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<FrameworkView> read = this.reading
			.execute((status) -> this.versions.findById(id).map(this::cachedView));
		return (read != null) ? read : Optional.empty();
	}

	private FrameworkView cachedView(FrameworkVersion version) {
		FrameworkView cached = this.published.get(version.getId());
		if (cached != null) {
			return cached;
		}
		FrameworkView view = view(version);
		if (version.getStatus() == FrameworkStatus.PUBLISHED
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.published.put(version.getId(), view);
		}
		return view;
	}

	/** Every version, newest first, without its content; one statement, as above. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<VersionSummary> versions() {
		return this.jdbc.sql(
				"select id, label, title, status, published_at, based_on_id from core.framework_version order by id desc")
			.query((rs, row) -> new VersionSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
					FrameworkStatus.valueOf(rs.getString(4)),
					(rs.getTimestamp(5) != null) ? rs.getTimestamp(5).toInstant() : null,
					(Long) rs.getObject(6, Long.class)))
			.list();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<VersionSummary> publishedVersions() {
		return versions().stream().filter((v) -> v.status() == FrameworkStatus.PUBLISHED).toList();
	}

	public long publishedCompetenceCount() {
		return latestPublishedId().map(this.versions::countCompetences).orElse(0L);
	}

	private FrameworkView view(FrameworkVersion version) {
		List<AreaView> areas = this.versions.findAreasWithCompetences(version.getId())
			.stream()
			.map((area) -> new AreaView(area.getCode(), area.getKind(), area.getTitle(), area.getDescription(), area
				.getCompetences()
				.stream()
				.map((c) -> new CompetenceView(c.getId(), c.getCode(), c.getTitle(), c.getDescription(),
						c.getDigcompCode(), c.getEscoUri(), Collections.unmodifiableMap(c.getLevelDescriptors())))
				.toList(), area.getId(), Set.of()))
			.toList();
		return new FrameworkView(version.getId(), version.getLabel(), version.getTitle(), version.getPublishedAt(),
				areas);
	}

	@NamedInterface("framework")
	public record FrameworkView(Long id, String label, String title, Instant publishedAt, List<AreaView> areas) {

		public long competenceCount() {
			return this.areas.stream().mapToLong((a) -> a.competences().size()).sum();
		}

		public List<AreaView> areasOfKind(CompetenceKind kind) {
			return this.areas.stream().filter((a) -> a.kind() == kind).toList();
		}

	}

	@NamedInterface("framework")
	public record VersionSummary(Long id, String label, String title, FrameworkStatus status, Instant publishedAt,
			Long basedOnId) {

		public boolean published() {
			return this.status == FrameworkStatus.PUBLISHED;
		}

	}

	/**
	 * An area; {@code english} lists the fields a reader of another language sees in
	 * English because they are not translated yet.
	 */
	@NamedInterface("framework")
	public record AreaView(String code, CompetenceKind kind, String title, String description,
			List<CompetenceView> competences, Long id, Set<TranslatedField> english) {

		public AreaView(String code, CompetenceKind kind, String title, String description,
				List<CompetenceView> competences) {
			this(code, kind, title, description, competences, null, Set.of());
		}

		/** Whether this field (a {@link TranslatedField} name) is shown in English. */
		public boolean english(String field) {
			return this.english.contains(TranslatedField.valueOf(field));
		}

	}

	/**
	 * A competence; {@code english} lists the fields a reader of another language sees in
	 * English because they are not translated yet.
	 */
	@NamedInterface("framework")
	public record CompetenceView(Long id, String code, String title, String description, String digcompCode,
			String escoUri, Map<Integer, String> levels, Set<TranslatedField> english) {

		public CompetenceView(Long id, String code, String title, String description, String digcompCode,
				String escoUri, Map<Integer, String> levels) {
			this(id, code, title, description, digcompCode, escoUri, levels, Set.of());
		}

		/** Whether this field (a {@link TranslatedField} name) is shown in English. */
		public boolean english(String field) {
			return this.english.contains(TranslatedField.valueOf(field));
		}

		/** Whether the descriptor of this level is shown in English. */
		public boolean englishLevel(int level) {
			return this.english.contains(TranslatedField.level(level));
		}

	}

}
