package eu.dhso.lab.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.upload.FileTypes;
import eu.dhso.lab.scheme.CompetenceTitles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open resource library. Trainers and editors add resources, as an uploaded file
 * (type checked from its bytes, size limited) or as an external link; published ones are
 * listed in the catalogue.
 */
@Component
@Transactional
public class ResourceLibrary {

	/** The largest file the library accepts. */
	public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

	private final TrainingResources resources;

	private final JdbcClient jdbc;

	private final CompetenceTitles competences;

	private final AuditLog audit;

	private final Clock clock;

	ResourceLibrary(TrainingResources resources, JdbcClient jdbc, CompetenceTitles competences, AuditLog audit,
			Optional<Clock> clock) {
		this.resources = resources;
		this.jdbc = jdbc;
		this.competences = competences;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Adds a resource; exactly one of a file and a link. */
	public long create(ObservatoryUser user, ResourceFields fields, UploadedFile file) {
		requireManager(user);
		Checked checked = check(fields, file);
		// one title per organisation's resources (a unique index says so too)
		if (this.resources.titleTaken(user.getOrganisationId(), fields.title())) {
			throw new ResourceRejectedException("lab.resource.error.titleTaken");
		}
		TrainingResource resource = (checked.fileName() != null)
				? TrainingResource.uploaded(user.getOrganisationId(), user.getAccountId(), fields, checked.fileName(),
						checked.fileType(), file.content().length, this.clock)
				: TrainingResource.linked(user.getOrganisationId(), user.getAccountId(), fields, checked.url(),
						this.clock);
		long id = this.resources.saveAndFlush(resource).getId();
		if (checked.fileName() != null) {
			this.jdbc.sql("insert into lab.resource_file (resource_id, content) values (:id, :content)")
				.param("id", id)
				.param("content", file.content())
				.update();
		}
		project(resource.toDetails());
		this.audit.record(user.getUsername(), "lab.resource.create", "Resource", id, "SUCCESS", null);
		return id;
	}

	/** Withdraws a published resource from the library, or publishes it again. */
	public void setPublished(ObservatoryUser user, long id, boolean published) {
		TrainingResource resource = this.resources.findById(id)
			.filter((r) -> mayManage(user, r.toDetails()))
			.orElseThrow(() -> new ResourceNotFoundException(id));
		ResourceStatus target = published ? ResourceStatus.PUBLISHED : ResourceStatus.WITHDRAWN;
		if (resource.getStatus() == target) {
			// a repeated click (or a second tab) asks for what is already so
			return;
		}
		if (published) {
			resource.publishAgain(this.clock);
		}
		else {
			resource.withdraw(this.clock);
		}
		this.resources.flush();
		project(resource.toDetails());
		this.audit.record(user.getUsername(), published ? "lab.resource.publish" : "lab.resource.withdraw", "Resource",
				id, "SUCCESS", null);
	}

	/** A resource the user may manage: an editor any, a trainer their organisation's. */
	@Transactional(readOnly = true)
	public ResourceDetails managed(ObservatoryUser user, long id) {
		ResourceDetails resource = find(id).orElseThrow(() -> new ResourceNotFoundException(id));
		if (!mayManage(user, resource)) {
			throw new ResourceNotFoundException(id);
		}
		return resource;
	}

	public static boolean mayManage(ObservatoryUser user, ResourceDetails resource) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.TRAINER) && (user.getAccountId().equals(resource.createdBy())
				|| (resource.organisationId() != null && resource.organisationId().equals(user.getOrganisationId())));
	}

	@Transactional(readOnly = true)
	public Optional<ResourceDetails> find(long id) {
		return this.resources.findById(id).map(TrainingResource::toDetails);
	}

	/** A published resource for the public. */
	@Transactional(readOnly = true)
	public ResourceDetails published(long id) {
		return find(id).filter(ResourceDetails::published).orElseThrow(() -> new ResourceNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public byte[] content(long id) {
		return this.jdbc.sql("select content from lab.resource_file where resource_id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new ResourceNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public List<ResourceDetails> managedBy(ObservatoryUser user) {
		boolean all = user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN);
		return this.resources.managedBy(all, user.getAccountId(), user.getOrganisationId(), Limit.of(500))
			.stream()
			.map(TrainingResource::toDetails)
			.toList();
	}

	/** Published resources by title: what a form offers to choose from. */
	@Transactional(readOnly = true)
	public List<ResourceDetails> publishedByTitle() {
		return this.resources.findAllByStatusOrderByTitleAscIdAsc(ResourceStatus.PUBLISHED, Limit.of(1000))
			.stream()
			.map(TrainingResource::toDetails)
			.toList();
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return this.resources.countByStatus(ResourceStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public boolean existsWithTitle(String title) {
		return this.resources.existsByTitle(title);
	}

	/**
	 * Rewrites the resource's catalogue row: present while published, absent otherwise.
	 */
	void project(ResourceDetails r) {
		long id = r.id();
		this.jdbc.sql("delete from lab.catalogue_item where kind = 'resource' and ref_id = :id")
			.param("id", id)
			.update();
		if (!r.published()) {
			return;
		}
		String body = Stream
			.concat(r.competences().stream().map(this.competences::label),
					Stream.of(r.licence(), (r.fileName() != null) ? r.fileName() : r.externalUrl()))
			.collect(Collectors.joining("\n"));
		this.jdbc.sql("""
				insert into lab.catalogue_item (kind, ref_id, title, summary, body_text, language, format, licence,
				    professions, competences, technologies, link, updated_at)
				values ('resource', :id, :title, :summary, :body, :language, :format, :licence, :professions,
				    :competences, :technologies, :link, :at)""")
			.param("id", id)
			.param("title", r.title())
			.param("summary", r.description())
			.param("body", body)
			.param("language", r.language())
			.param("format", r.kind().name())
			.param("licence", r.licence())
			.param("professions", r.professions().toArray(String[]::new))
			.param("competences", r.competences().toArray(String[]::new))
			.param("technologies", r.technologies().toArray(String[]::new))
			.param("link", "/lab/resources/" + id)
			.param("at", Timestamp.from(r.updatedAt()))
			.update();
	}

	private Checked check(ResourceFields fields, UploadedFile file) {
		boolean hasFile = file != null && file.present();
		boolean hasUrl = fields.externalUrl() != null && !fields.externalUrl().isBlank();
		if (hasFile == hasUrl) {
			throw new ResourceRejectedException("lab.resource.error.fileOrLink");
		}
		if (fields.competences().stream().anyMatch((c) -> !this.competences.exists(c))) {
			throw new ResourceRejectedException("lab.resource.error.competence");
		}
		if (hasUrl) {
			return new Checked(checkedUrl(fields.externalUrl().strip()), null, null);
		}
		if (fields.kind() == ResourceKind.LINK) {
			throw new ResourceRejectedException("lab.resource.error.linkNeedsUrl");
		}
		if (file.content().length > MAX_FILE_SIZE) {
			throw new ResourceRejectedException("lab.resource.error.tooLarge");
		}
		String type = FileTypes.detect(file.content())
			.orElseThrow(() -> new ResourceRejectedException("lab.resource.error.unknownType"));
		if (!fields.kind().accepts(type)) {
			throw new ResourceRejectedException("lab.resource.error.wrongType");
		}
		if (!FileTypes.nameFits(file.name(), type)) {
			throw new ResourceRejectedException("lab.resource.error.nameMismatch");
		}
		return new Checked(null, safeFileName(file.name()), type);
	}

	static String checkedUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
			if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null || url.length() > 500) {
				throw new ResourceRejectedException("lab.resource.error.url");
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			throw new ResourceRejectedException("lab.resource.error.url");
		}
	}

	/** The last path segment, printable characters only, at most 200 of them. */
	static String safeFileName(String name) {
		return FileTypes.safeFileName(name, "resource");
	}

	private record Checked(String url, String fileName, String fileType) {
	}

	private static void requireManager(ObservatoryUser user) {
		if (!user.hasRole(Role.TRAINER) && !user.hasRole(Role.EDITOR) && !user.hasRole(Role.ADMIN)) {
			throw new ResourceRejectedException("lab.resource.error.role");
		}
	}

}
