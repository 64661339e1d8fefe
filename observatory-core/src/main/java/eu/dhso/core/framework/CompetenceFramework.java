package eu.dhso.core.framework;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads the competence framework as records, so callers never hold entities. */
@Service
@Transactional(readOnly = true)
@NamedInterface("framework")
public class CompetenceFramework {

	private final FrameworkVersions versions;

	/**
	 * Views of published versions, which never change; read in read-only transactions
	 * only, so a version published in a transaction that rolls back is never kept.
	 */
	private final Map<Long, FrameworkView> published = new ConcurrentHashMap<>();

	CompetenceFramework(FrameworkVersions versions) {
		this.versions = versions;
	}

	public Optional<FrameworkView> latestPublished() {
		return this.versions.findLatestPublished().map(this::cachedView);
	}

	/** Any version, published or draft, for pages that show results coded on it. */
	public Optional<FrameworkView> version(Long id) {
		FrameworkView cached = this.published.get(id);
		return (cached != null) ? Optional.of(cached) : this.versions.findById(id).map(this::cachedView);
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

	/** Every version, newest first, without its content. */
	public List<VersionSummary> versions() {
		return this.versions.findAllByOrderByIdDesc()
			.stream()
			.map((v) -> new VersionSummary(v.getId(), v.getLabel(), v.getTitle(), v.getStatus(), v.getPublishedAt(),
					v.getBasedOnId()))
			.toList();
	}

	public List<VersionSummary> publishedVersions() {
		return versions().stream().filter((v) -> v.status() == FrameworkStatus.PUBLISHED).toList();
	}

	public long publishedCompetenceCount() {
		return this.versions.findLatestPublished().map((v) -> this.versions.countCompetences(v.getId())).orElse(0L);
	}

	private FrameworkView view(FrameworkVersion version) {
		List<AreaView> areas = this.versions.findAreasWithCompetences(version.getId())
			.stream()
			.map((area) -> new AreaView(area.getCode(), area.getKind(), area.getTitle(), area.getDescription(), area
				.getCompetences()
				.stream()
				.map((c) -> new CompetenceView(c.getId(), c.getCode(), c.getTitle(), c.getDescription(),
						c.getDigcompCode(), c.getEscoUri(), Collections.unmodifiableMap(c.getLevelDescriptors())))
				.toList()))
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

	@NamedInterface("framework")
	public record AreaView(String code, CompetenceKind kind, String title, String description,
			List<CompetenceView> competences) {
	}

	@NamedInterface("framework")
	public record CompetenceView(Long id, String code, String title, String description, String digcompCode,
			String escoUri, Map<Integer, String> levels) {
	}

}
