package eu.dhso.lab.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open resource library. Trainers and editors add resources, as an uploaded file
 * (type checked from its bytes, size limited) or as an external link; published ones are
 * listed in the catalogue.
 */
@Service("labResourceService")
@Transactional
public class ResourceService {

	/** The largest file the library accepts. */
	public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final CompetenceTitles competences;

	private final AuditLog audit;

	private final Clock clock;

	ResourceService(JdbcClient jdbc, CompetenceTitles competences, AuditLog audit, Optional<Clock> clock) {
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
		if (this.jdbc.sql("""
				select exists (select 1 from lab.resource where coalesce(organisation_id, 0) = coalesce(:org, 0)
				    and title = :title)""")
			.param("org", user.getOrganisationId(), java.sql.Types.BIGINT)
			.param("title", fields.title())
			.query(Boolean.class)
			.single()) {
			throw new ResourceRejectedException("lab.resource.error.titleTaken");
		}
		long id = this.jdbc.sql("""
				insert into lab.resource (organisation_id, created_by, title, description, kind, language, licence,
				    level, competences, technologies, professions, external_url, file_name, file_type, file_size,
				    created_at, updated_at)
				values (:org, :by, :title, :description, :kind, :language, :licence, :level, :competences,
				    :technologies, :professions, :url, :fileName, :fileType, :fileSize, :now, :now)
				returning id""")
			.param("org", user.getOrganisationId())
			.param("by", user.getAccountId())
			.param("title", fields.title())
			.param("description", fields.description())
			.param("kind", fields.kind().name())
			.param("language", fields.language())
			.param("licence", fields.licence())
			.param("level", fields.level())
			.param("competences", fields.competences().toArray(String[]::new))
			.param("technologies", fields.technologies().toArray(String[]::new))
			.param("professions", fields.professions().toArray(String[]::new))
			.param("url", checked.url())
			.param("fileName", checked.fileName())
			.param("fileType", checked.fileType())
			.param("fileSize", (checked.fileName() != null) ? (long) file.content().length : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		if (checked.fileName() != null) {
			this.jdbc.sql("insert into lab.resource_file (resource_id, content) values (:id, :content)")
				.param("id", id)
				.param("content", file.content())
				.update();
		}
		project(id);
		this.audit.record(user.getUsername(), "lab.resource.create", "Resource", id, "SUCCESS", null);
		return id;
	}

	/** Withdraws a published resource from the library, or publishes it again. */
	public void setPublished(ObservatoryUser user, long id, boolean published) {
		TrainingResource resource = managed(user, id);
		this.jdbc.sql("update lab.resource set published = :p, updated_at = :now where id = :id")
			.param("p", published)
			.param("id", resource.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		project(id);
		this.audit.record(user.getUsername(), published ? "lab.resource.publish" : "lab.resource.withdraw", "Resource",
				id, "SUCCESS", null);
	}

	/** A resource the user may manage: an editor any, a trainer their organisation's. */
	@Transactional(readOnly = true)
	public TrainingResource managed(ObservatoryUser user, long id) {
		TrainingResource resource = find(id).orElseThrow(() -> new ResourceNotFoundException(id));
		if (!mayManage(user, resource)) {
			throw new ResourceNotFoundException(id);
		}
		return resource;
	}

	public static boolean mayManage(ObservatoryUser user, TrainingResource resource) {
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
	public Optional<TrainingResource> find(long id) {
		return this.jdbc.sql("select * from lab.resource where id = :id")
			.param("id", id)
			.query(ResourceService::resource)
			.optional();
	}

	/** A published resource for the public. */
	@Transactional(readOnly = true)
	public TrainingResource published(long id) {
		return find(id).filter(TrainingResource::published).orElseThrow(() -> new ResourceNotFoundException(id));
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
	public List<TrainingResource> managedBy(ObservatoryUser user) {
		boolean all = user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN);
		return this.jdbc.sql("""
				select * from lab.resource
				where :all or created_by = :by or (organisation_id is not null and organisation_id = :org)
				order by updated_at desc, id desc limit 500""")
			.param("all", all)
			.param("by", user.getAccountId())
			.param("org", user.getOrganisationId())
			.query(ResourceService::resource)
			.list();
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return this.jdbc.sql("select count(*) from lab.resource where published").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public boolean existsWithTitle(String title) {
		return this.jdbc.sql("select count(*) from lab.resource where title = :t")
			.param("t", title)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Rewrites the resource's catalogue row: present while published, absent otherwise.
	 */
	void project(long id) {
		this.jdbc.sql("delete from lab.catalogue_item where kind = 'resource' and ref_id = :id")
			.param("id", id)
			.update();
		TrainingResource r = find(id).orElseThrow();
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

	private static TrainingResource resource(ResultSet rs, int row) throws SQLException {
		Object level = rs.getObject("level");
		Object size = rs.getObject("file_size");
		return new TrainingResource(rs.getLong("id"), (Long) rs.getObject("organisation_id"), rs.getLong("created_by"),
				rs.getString("title"), rs.getString("description"), ResourceKind.valueOf(rs.getString("kind")),
				rs.getString("language"), rs.getString("licence"), (level != null) ? ((Number) level).intValue() : null,
				strings(rs.getArray("competences")), strings(rs.getArray("technologies")),
				strings(rs.getArray("professions")), rs.getString("external_url"), rs.getString("file_name"),
				rs.getString("file_type"), (size != null) ? ((Number) size).longValue() : null,
				rs.getBoolean("published"), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
