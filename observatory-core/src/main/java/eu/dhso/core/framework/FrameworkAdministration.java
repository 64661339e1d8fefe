package eu.dhso.core.framework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.Translation;
import eu.dhso.core.text.Blank;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the competence framework, which the kernel owns: a new version starts as a
 * draft, its areas and competences are added and revised, then it is published and never
 * changes again. Other modules (the skills profile's framework pages, which also copy the
 * instrument and role profiles) call these use cases and get records back, never
 * entities. Every change is audited.
 */
@Component
@Transactional
@NamedInterface("framework")
public class FrameworkAdministration {

	private final FrameworkVersions versions;

	private final CompetenceAreas areas;

	private final Competences competences;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final FrameworkTranslations translations;

	private final ApplicationEventPublisher events;

	FrameworkAdministration(FrameworkVersions versions, CompetenceAreas areas, Competences competences, AuditLog audit,
			EntityManager entityManager, Optional<Clock> clock, FrameworkTranslations translations,
			ApplicationEventPublisher events) {
		this.translations = translations;
		this.events = events;
		this.versions = versions;
		this.areas = areas;
		this.competences = competences;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A version, draft or published, with every area, competence and level descriptor.
	 */
	@Transactional(readOnly = true)
	public Optional<VersionDetail> detail(Long id) {
		return this.versions.findById(id).map((v) -> {
			List<AreaDetail> list = this.versions.findAreasWithCompetences(id)
				.stream()
				.map((a) -> new AreaDetail(a.getId(), a.getCode(), a.getKind(), a.getTitle(), a.getDescription(),
						a.getSortOrder(),
						a.getCompetences()
							.stream()
							.map((c) -> new CompetenceDetail(c.getId(), c.getCode(), c.getTitle(), c.getDescription(),
									c.getDigcompCode(), c.getEscoUri(), c.getSortOrder(), c.getLevelDescriptors()))
							.toList()))
				.toList();
			return new VersionDetail(v.getId(), v.getLabel(), v.getTitle(), v.isDraft(), v.getPublishedAt(),
					v.getBasedOnId(), v.getVersion(), list);
		});
	}

	@Transactional(readOnly = true)
	public boolean labelTaken(String label) {
		return label != null && this.versions.existsByLabel(label);
	}

	/**
	 * Throws {@link VersionNotFoundException} for an unknown version and
	 * {@link PublishedVersionException} for a published one.
	 */
	@Transactional(readOnly = true)
	public void requireDraft(Long versionId) {
		this.versions.findById(versionId).orElseThrow(() -> new VersionNotFoundException(versionId)).requireDraft();
	}

	/**
	 * A new draft with this content, areas and competences in the order given; the caller
	 * has checked the content and audits the whole use case.
	 */
	public Long createDraft(String label, String title, Long basedOnId, List<AreaContent> content) {
		FrameworkVersion version = this.versions.save(new FrameworkVersion(label, title, basedOnId));
		int areaOrder = 1;
		for (AreaContent a : content) {
			CompetenceArea area = this.areas
				.save(version.newArea(a.code(), a.kind(), a.title(), a.description(), areaOrder++));
			int order = 1;
			for (CompetenceContent c : a.competences()) {
				this.competences
					.save(area.newCompetence(c.code(), c.title(), c.description(), Blank.toNull(c.digcompCode()),
							Blank.toNull(c.escoUri()), order++, new LinkedHashMap<>(c.levels())));
			}
		}
		this.entityManager.flush();
		if (basedOnId != null) {
			copyTranslations(basedOnId, version.getId());
		}
		return version.getId();
	}

	/**
	 * A draft keeps the translations of the version it copies, for every area and
	 * competence (matched by code) and every field whose English source it kept
	 * unchanged: a reworded source needs a new translation.
	 */
	private void copyTranslations(Long fromId, Long toId) {
		Map<String, CompetenceArea> fromAreas = new HashMap<>();
		Map<String, Competence> fromCompetences = new HashMap<>();
		this.versions.findAreasWithCompetences(fromId).forEach((a) -> {
			fromAreas.put(a.getCode(), a);
			a.getCompetences().forEach((c) -> fromCompetences.put(c.getCode(), c));
		});
		Instant now = this.clock.instant();
		for (CompetenceArea area : this.versions.findAreasWithCompetences(toId)) {
			CompetenceArea from = fromAreas.get(area.getCode());
			if (from != null) {
				copy(FrameworkTranslation.AREA, from.getId(), area.getId(), FrameworkTranslating.sources(from),
						FrameworkTranslating.sources(area), now);
			}
			for (Competence competence : area.getCompetences()) {
				Competence source = fromCompetences.get(competence.getCode());
				if (source != null) {
					copy(FrameworkTranslation.COMPETENCE, source.getId(), competence.getId(),
							FrameworkTranslating.sources(source), FrameworkTranslating.sources(competence), now);
				}
			}
		}
	}

	private void copy(String type, Long fromId, Long toId, Map<TranslatedField, String> fromSources,
			Map<TranslatedField, String> toSources, Instant now) {
		for (FrameworkTranslation stored : this.translations.findByEntityTypeAndEntityId(type, fromId)) {
			Translation t = stored.translation();
			TranslatedField field = TranslatedField.valueOf(t.field());
			if (Objects.equals(fromSources.get(field), toSources.get(field))) {
				this.translations.write(new Translation(type, toId, t.field(), t.language(), t.text()), now,
						stored.getUpdatedBy());
			}
		}
	}

	/** Publishes a draft last read at {@code expectedVersion}; it never changes again. */
	public void publish(Long id, long expectedVersion, String actor) {
		FrameworkVersion version = draft(id, expectedVersion);
		version.publish(this.clock.instant());
		this.audit.record(actor, "framework.publish", "FrameworkVersion", id, "SUCCESS", version.getLabel());
		this.events.publishEvent(new FrameworkPublished(id));
	}

	/** Adds an area to a draft ({@code areaId} null) or revises one of its areas. */
	public Long saveArea(Long versionId, Long areaId, AreaContent area, int sortOrder, String actor) {
		FrameworkVersion version = draft(versionId, null);
		CompetenceArea saved;
		if (areaId == null) {
			saved = this.areas
				.save(version.newArea(area.code(), area.kind(), area.title(), area.description(), sortOrder));
		}
		else {
			saved = area(versionId, areaId);
			saved.revise(area.code(), area.kind(), area.title(), area.description(), sortOrder);
		}
		this.entityManager.flush();
		this.audit.record(actor, (areaId == null) ? "framework.area.add" : "framework.area.revise", "CompetenceArea",
				saved.getId(), "SUCCESS", area.code());
		return saved.getId();
	}

	/**
	 * Adds a competence to an area of a draft ({@code competenceId} null) or revises one;
	 * written to the database before it returns, so callers may query it at once.
	 */
	public Long saveCompetence(Long versionId, Long areaId, Long competenceId, CompetenceContent c, int sortOrder,
			String actor) {
		draft(versionId, null);
		CompetenceArea area = area(versionId, areaId);
		String digcomp = Blank.toNull(c.digcompCode());
		String esco = Blank.toNull(c.escoUri());
		Competence saved;
		if (competenceId == null) {
			saved = this.competences
				.save(area.newCompetence(c.code(), c.title(), c.description(), digcomp, esco, sortOrder, c.levels()));
		}
		else {
			saved = this.competences.findById(competenceId)
				.filter((x) -> x.getArea().getFrameworkVersion().getId().equals(versionId))
				.orElseThrow(() -> new VersionNotFoundException(versionId));
			saved.revise(c.code(), c.title(), c.description(), digcomp, esco, sortOrder, c.levels());
		}
		this.entityManager.flush();
		this.audit.record(actor, (competenceId == null) ? "framework.competence.add" : "framework.competence.revise",
				"Competence", saved.getId(), "SUCCESS", c.code());
		return saved.getId();
	}

	private FrameworkVersion draft(Long id, Long expectedVersion) {
		FrameworkVersion version = this.versions.findById(id).orElseThrow(() -> new VersionNotFoundException(id));
		if (expectedVersion != null && expectedVersion != version.getVersion()) {
			throw new OptimisticLockingFailureException("Framework version " + id + " was changed meanwhile");
		}
		version.requireDraft();
		return version;
	}

	private CompetenceArea area(Long versionId, Long areaId) {
		return this.areas.findById(areaId)
			.filter((a) -> a.getFrameworkVersion().getId().equals(versionId))
			.orElseThrow(() -> new VersionNotFoundException(versionId));
	}

	/**
	 * An area's content, as a new or revised area (competences ignored when revising).
	 */
	@NamedInterface("framework")
	public record AreaContent(String code, CompetenceKind kind, String title, String description,
			List<CompetenceContent> competences) {
	}

	@NamedInterface("framework")
	public record CompetenceContent(String code, String title, String description, String digcompCode, String escoUri,
			Map<Integer, String> levels) {
	}

	@NamedInterface("framework")
	public record VersionDetail(Long id, String label, String title, boolean draft, Instant publishedAt, Long basedOnId,
			long version, List<AreaDetail> areas) {
	}

	@NamedInterface("framework")
	public record AreaDetail(Long id, String code, CompetenceKind kind, String title, String description, int sortOrder,
			List<CompetenceDetail> competences) {
	}

	@NamedInterface("framework")
	public record CompetenceDetail(Long id, String code, String title, String description, String digcompCode,
			String escoUri, int sortOrder, Map<Integer, String> levels) {
	}

}
