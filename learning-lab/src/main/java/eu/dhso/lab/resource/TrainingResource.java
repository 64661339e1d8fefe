package eu.dhso.lab.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resource of the open library: exactly one of an uploaded file (checked before it gets
 * here) and an external link. It enters the library published; its status changes only
 * through {@link #withdraw} and {@link #publishAgain}.
 */
@Entity
@Table(schema = "lab", name = "resource")
public class TrainingResource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "created_by")
	private long createdBy;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ResourceKind kind;

	private String language;

	private String licence;

	private Integer level;

	private String[] competences;

	private String[] technologies;

	private String[] professions;

	@Column(name = "external_url")
	private String externalUrl;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_type")
	private String fileType;

	@Column(name = "file_size")
	private Long fileSize;

	@Column(name = "published")
	@Convert(converter = ResourceStatus.AsPublishedFlag.class)
	private ResourceStatus status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected TrainingResource() {
	}

	private TrainingResource(Long organisationId, long createdBy, ResourceFields fields, Clock clock) {
		if (fields.title() == null || fields.title().isBlank()) {
			throw new IllegalArgumentException("A resource has a title");
		}
		if (fields.level() != null && (fields.level() < 1 || fields.level() > 4)) {
			throw new IllegalArgumentException("Levels run from 1 to 4");
		}
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.title = fields.title();
		this.description = fields.description();
		this.kind = fields.kind();
		this.language = fields.language();
		this.licence = fields.licence();
		this.level = fields.level();
		this.competences = fields.competences().toArray(String[]::new);
		this.technologies = fields.technologies().toArray(String[]::new);
		this.professions = fields.professions().toArray(String[]::new);
		this.status = ResourceStatus.PUBLISHED;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** A resource that links to a checked external address. */
	public static TrainingResource linked(Long organisationId, long createdBy, ResourceFields fields, String url,
			Clock clock) {
		TrainingResource resource = new TrainingResource(organisationId, createdBy, fields, clock);
		resource.externalUrl = url;
		return resource;
	}

	/** A resource of an uploaded file whose type was checked from its bytes. */
	public static TrainingResource uploaded(Long organisationId, long createdBy, ResourceFields fields, String fileName,
			String fileType, long fileSize, Clock clock) {
		if (fields.kind() == ResourceKind.LINK) {
			throw new IllegalArgumentException("A link has no file");
		}
		TrainingResource resource = new TrainingResource(organisationId, createdBy, fields, clock);
		resource.fileName = fileName;
		resource.fileType = fileType;
		resource.fileSize = fileSize;
		return resource;
	}

	/** Takes the resource out of the open library; its trainers still see it. */
	public void withdraw(Clock clock) {
		moveTo(ResourceStatus.WITHDRAWN, clock);
	}

	public void publishAgain(Clock clock) {
		moveTo(ResourceStatus.PUBLISHED, clock);
	}

	public Long getId() {
		return this.id;
	}

	public ResourceStatus getStatus() {
		return this.status;
	}

	public ResourceDetails toDetails() {
		return new ResourceDetails((this.id != null) ? this.id : 0L, this.organisationId, this.createdBy, this.title,
				this.description, this.kind, this.language, this.licence, this.level, list(this.competences),
				list(this.technologies), list(this.professions), this.externalUrl, this.fileName, this.fileType,
				this.fileSize, this.status == ResourceStatus.PUBLISHED, this.updatedAt);
	}

	private void moveTo(ResourceStatus target, Clock clock) {
		if (!this.status.canMoveTo(target)) {
			throw new ResourceRejectedException("lab.resource.error.state");
		}
		this.status = target;
		this.updatedAt = clock.instant();
	}

	private static List<String> list(String[] values) {
		return (values != null) ? List.of(values) : List.of();
	}

}
