package eu.dhso.core.framework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the competence framework as records, so callers never hold entities. */
@Service
@Transactional(readOnly = true)
public class CompetenceFramework {

	private final FrameworkVersions versions;

	CompetenceFramework(FrameworkVersions versions) {
		this.versions = versions;
	}

	public Optional<FrameworkView> latestPublished() {
		return this.versions.findLatestPublished().map(this::view);
	}

	/** Any version, published or draft, for pages that show results coded on it. */
	public Optional<FrameworkView> version(Long id) {
		return this.versions.findById(id).map(this::view);
	}

	public long publishedCompetenceCount() {
		return this.versions.findLatestPublished().map((v) -> this.versions.countCompetences(v.getId())).orElse(0L);
	}

	private FrameworkView view(FrameworkVersion version) {
		List<AreaView> areas = this.versions.findAreasWithCompetences(version.getId())
			.stream()
			.map((area) -> new AreaView(area.getCode(), area.getKind(), area.getTitle(), area.getDescription(),
					area.getCompetences()
						.stream()
						.map((c) -> new CompetenceView(c.getId(), c.getCode(), c.getTitle(), c.getDescription(),
								c.getDigcompCode(), c.getEscoUri(), c.getLevelDescriptors()))
						.toList()))
			.toList();
		return new FrameworkView(version.getId(), version.getLabel(), version.getTitle(), version.getPublishedAt(),
				areas);
	}

	public record FrameworkView(Long id, String label, String title, Instant publishedAt, List<AreaView> areas) {

		public long competenceCount() {
			return this.areas.stream().mapToLong((a) -> a.competences().size()).sum();
		}

		public List<AreaView> areasOfKind(CompetenceKind kind) {
			return this.areas.stream().filter((a) -> a.kind() == kind).toList();
		}

	}

	public record AreaView(String code, CompetenceKind kind, String title, String description,
			List<CompetenceView> competences) {
	}

	public record CompetenceView(Long id, String code, String title, String description, String digcompCode,
			String escoUri, Map<Integer, String> levels) {
	}

}
