package eu.dhso.core.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One version of the competence framework that the observatory codes its evidence on. */
@Entity
@Table(schema = "core", name = "framework_version")
public class FrameworkVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	private String title;

	@Enumerated(EnumType.STRING)
	private FrameworkStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "based_on_id")
	private Long basedOnId;

	@Version
	private long version;

	@OneToMany(mappedBy = "frameworkVersion")
	@OrderBy("sortOrder")
	private List<CompetenceArea> areas = new ArrayList<>();

	protected FrameworkVersion() {
	}

	/** A new draft, usually a copy of {@code basedOnId}. */
	public FrameworkVersion(String label, String title, Long basedOnId) {
		this.label = label;
		this.title = title;
		this.basedOnId = basedOnId;
		this.status = FrameworkStatus.DRAFT;
	}

	/** A new area of this draft. */
	public CompetenceArea newArea(String code, CompetenceKind kind, String title, String description, int sortOrder) {
		return new CompetenceArea(this, code, kind, title, description, sortOrder);
	}

	public void retitle(String label, String title) {
		requireDraft();
		this.label = label;
		this.title = title;
	}

	public void publish(Instant at) {
		requireDraft();
		this.status = FrameworkStatus.PUBLISHED;
		this.publishedAt = at;
	}

	public boolean isDraft() {
		return this.status == FrameworkStatus.DRAFT;
	}

	/** A published version never changes: evidence and results are coded on it. */
	public void requireDraft() {
		if (!isDraft()) {
			throw new PublishedVersionException(this.id);
		}
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

	public String getTitle() {
		return this.title;
	}

	public FrameworkStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getBasedOnId() {
		return this.basedOnId;
	}

	public List<CompetenceArea> getAreas() {
		return this.areas;
	}

}
