package eu.dhso.lab.scheme;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.lab.scheme.SchemeDraft.ActivityDraft;
import eu.dhso.lab.scheme.SchemeDraft.ModuleDraft;
import eu.dhso.lab.scheme.SchemeDraft.OutcomeDraft;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training schemes: trainers of the owning organisation edit the working copy and submit
 * it; an editor publishes it as a new immutable version, which also refreshes what the
 * catalogue and the recommendations read.
 */
@Service("labSchemeService")
@Transactional
public class SchemeService {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CompetenceTitles competences;

	private final AuditLog audit;

	private final Clock clock;

	SchemeService(JdbcClient jdbc, JsonMapper json, CompetenceTitles competences, AuditLog audit,
			Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.competences = competences;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	// ---------------------------------------------------------------- working copy

	public long create(ObservatoryUser trainer, SchemeFields fields) {
		requireFreeTitle(trainer.getOrganisationId(), fields.title(), null);
		long id = this.jdbc.sql("""
				insert into lab.scheme (organisation_id, created_by, title, aims, professions, language,
				    workload_hours, train_the_trainers, change_agents, updated_at)
				values (:org, :by, :title, :aims, :professions, :language, :workload, :ttt, :agents, :now)
				returning id""")
			.param("org", trainer.getOrganisationId())
			.param("by", trainer.getAccountId())
			.param("title", fields.title())
			.param("aims", fields.aims())
			.param("professions", fields.professions().toArray(String[]::new))
			.param("language", fields.language())
			.param("workload", fields.workloadHours())
			.param("ttt", fields.trainTheTrainers())
			.param("agents", fields.changeAgents())
			.param("now", now())
			.query(Long.class)
			.single();
		this.audit.record(trainer.getUsername(), "lab.scheme.create", "Scheme", id, "SUCCESS", null);
		return id;
	}

	/** Whether this person may edit the working copy: a trainer of its organisation. */
	public static boolean mayEdit(ObservatoryUser user, SchemeDraft draft) {
		if (user == null || !user.hasRole(Role.TRAINER)) {
			return false;
		}
		return user.getAccountId().equals(draft.createdBy())
				|| (draft.organisationId() != null && draft.organisationId().equals(user.getOrganisationId()));
	}

	/** The working copy for someone who may edit it; anyone else gets a 404. */
	@Transactional(readOnly = true)
	public SchemeDraft editable(ObservatoryUser user, long id) {
		SchemeDraft draft = draft(id).orElseThrow(() -> new SchemeNotFoundException(id));
		if (!mayEdit(user, draft)) {
			throw new SchemeNotFoundException(id);
		}
		return draft;
	}

	/** The working copy for an editor reviewing it. */
	@Transactional(readOnly = true)
	public SchemeDraft inReview(long id) {
		return draft(id).filter(SchemeDraft::inReview).orElseThrow(() -> new SchemeNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public List<SchemeDraft.Summary> editableBy(ObservatoryUser user) {
		return this.jdbc
			.sql("""
					select s.id, s.title, s.status, s.published_version, s.updated_at,
					    (select count(*) from lab.scheme_module m where m.scheme_id = s.id) as modules
					from lab.scheme s where s.created_by = :by or (s.organisation_id is not null and s.organisation_id = :org)
					order by s.updated_at desc, s.id desc""")
			.param("by", user.getAccountId())
			.param("org", user.getOrganisationId())
			.query(SchemeService::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public List<SchemeDraft.Summary> reviewQueue() {
		return this.jdbc.sql("""
				select s.id, s.title, s.status, s.published_version, s.updated_at,
				    (select count(*) from lab.scheme_module m where m.scheme_id = s.id) as modules
				from lab.scheme s where s.status = 'IN_REVIEW' order by s.updated_at, s.id""")
			.query(SchemeService::summary)
			.list();
	}

	public void update(ObservatoryUser user, long id, SchemeFields fields) {
		SchemeDraft draft = requireEditableDraft(user, id);
		requireFreeTitle(draft.organisationId(), fields.title(), id);
		this.jdbc.sql("""
				update lab.scheme set title = :title, aims = :aims, professions = :professions, language = :language,
				    workload_hours = :workload, train_the_trainers = :ttt, change_agents = :agents, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("title", fields.title())
			.param("aims", fields.aims())
			.param("professions", fields.professions().toArray(String[]::new))
			.param("language", fields.language())
			.param("workload", fields.workloadHours())
			.param("ttt", fields.trainTheTrainers())
			.param("agents", fields.changeAgents())
			.param("now", now())
			.update();
	}

	/**
	 * One title per organisation's schemes (a unique index says so too), so two pilots
	 * never pick between lookalikes and overlapping demo loads cannot duplicate one.
	 */
	private void requireFreeTitle(Long organisationId, String title, Long exceptId) {
		boolean taken = this.jdbc.sql("""
				select exists (select 1 from lab.scheme where coalesce(organisation_id, 0) = coalesce(:org, 0)
				    and title = :title and id <> coalesce(:except, 0))""")
			.param("org", organisationId, java.sql.Types.BIGINT)
			.param("title", title)
			.param("except", exceptId, java.sql.Types.BIGINT)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new SchemeTitleTakenException(title);
		}
	}

	public long addModule(ObservatoryUser user, long schemeId, String title, String summary,
			List<String> technologies) {
		requireEditableDraft(user, schemeId);
		long id = this.jdbc
			.sql("""
					insert into lab.scheme_module (scheme_id, position, title, summary, technologies)
					values (:scheme, (select coalesce(max(position), 0) + 1 from lab.scheme_module where scheme_id = :scheme),
					    :title, :summary, :technologies) returning id""")
			.param("scheme", schemeId)
			.param("title", title)
			.param("summary", summary)
			.param("technologies", technologies.toArray(String[]::new))
			.query(Long.class)
			.single();
		touch(schemeId);
		return id;
	}

	public void updateModule(ObservatoryUser user, long schemeId, long moduleId, String title, String summary,
			List<String> technologies) {
		requireModule(user, schemeId, moduleId);
		this.jdbc
			.sql("update lab.scheme_module set title = :title, summary = :summary, technologies = :t where id = :id")
			.param("id", moduleId)
			.param("title", title)
			.param("summary", summary)
			.param("t", technologies.toArray(String[]::new))
			.update();
		touch(schemeId);
	}

	public void deleteModule(ObservatoryUser user, long schemeId, long moduleId) {
		requireModule(user, schemeId, moduleId);
		this.jdbc.sql("delete from lab.scheme_module where id = :id").param("id", moduleId).update();
		renumber(schemeId);
		touch(schemeId);
	}

	/** Moves a module one place up (-1) or down (+1). */
	public void moveModule(ObservatoryUser user, long schemeId, long moduleId, int direction) {
		SchemeDraft draft = requireModule(user, schemeId, moduleId);
		List<ModuleDraft> modules = new ArrayList<>(draft.modules());
		int from = indexOf(modules, moduleId);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= modules.size()) {
			return;
		}
		modules.add(to, modules.remove(from));
		for (int i = 0; i < modules.size(); i++) {
			this.jdbc.sql("update lab.scheme_module set position = :p where id = :id")
				.param("p", i + 1)
				.param("id", modules.get(i).id())
				.update();
		}
		touch(schemeId);
	}

	public void addOutcome(ObservatoryUser user, long schemeId, long moduleId, String competenceCode, int targetLevel,
			String description) {
		requireModule(user, schemeId, moduleId);
		if (!this.competences.exists(competenceCode) || targetLevel < 1 || targetLevel > 4) {
			throw new IllegalArgumentException("Unknown competence or level");
		}
		this.jdbc.sql("""
				insert into lab.learning_outcome (module_id, competence_code, target_level, description)
				values (:m, :c, :l, :d)""")
			.param("m", moduleId)
			.param("c", competenceCode)
			.param("l", targetLevel)
			.param("d", description)
			.update();
		touch(schemeId);
	}

	public void deleteOutcome(ObservatoryUser user, long schemeId, long moduleId, long outcomeId) {
		requireModule(user, schemeId, moduleId);
		this.jdbc.sql("delete from lab.learning_outcome where id = :id and module_id = :m")
			.param("id", outcomeId)
			.param("m", moduleId)
			.update();
		touch(schemeId);
	}

	public void addActivity(ObservatoryUser user, long schemeId, long moduleId, String title, ActivityType type,
			Delivery delivery, int minutes, Long caseId) {
		requireModule(user, schemeId, moduleId);
		this.jdbc.sql("""
				insert into lab.activity (module_id, title, type, delivery, duration_minutes, case_id)
				values (:m, :title, :type, :delivery, :minutes, :caseId)""")
			.param("m", moduleId)
			.param("title", title)
			.param("type", type.name())
			.param("delivery", delivery.name())
			.param("minutes", minutes)
			.param("caseId", (type == ActivityType.CASE_STUDY) ? caseId : null)
			.update();
		touch(schemeId);
	}

	public void deleteActivity(ObservatoryUser user, long schemeId, long moduleId, long activityId) {
		requireModule(user, schemeId, moduleId);
		this.jdbc.sql("delete from lab.activity where id = :id and module_id = :m")
			.param("id", activityId)
			.param("m", moduleId)
			.update();
		touch(schemeId);
	}

	/**
	 * What still keeps the working copy from publication, as message keys; empty when it
	 * can be submitted.
	 */
	public static List<String> problems(SchemeDraft draft) {
		List<String> problems = new ArrayList<>();
		if (draft.modules().isEmpty()) {
			problems.add("lab.scheme.problem.noModules");
		}
		if (draft.modules().stream().anyMatch((m) -> m.outcomes().isEmpty())) {
			problems.add("lab.scheme.problem.noOutcomes");
		}
		if (draft.modules().stream().anyMatch((m) -> m.activities().isEmpty())) {
			problems.add("lab.scheme.problem.noActivities");
		}
		if (draft.aims() == null || draft.aims().isBlank()) {
			problems.add("lab.scheme.problem.noAims");
		}
		return problems;
	}

	/**
	 * Sends the working copy to the editors; false, changing nothing, while it has
	 * problems.
	 */
	public boolean submit(ObservatoryUser user, long id) {
		SchemeDraft draft = requireEditableDraft(user, id);
		if (!problems(draft).isEmpty()) {
			return false;
		}
		setStatus(id, SchemeStatus.IN_REVIEW);
		this.audit.record(user.getUsername(), "lab.scheme.submit", "Scheme", id, "SUCCESS", null);
		return true;
	}

	/** An editor sends it back, or its trainers take it back to change it. */
	public void returnToDraft(ObservatoryUser user, long id) {
		SchemeDraft draft = draft(id).orElseThrow(() -> new SchemeNotFoundException(id));
		boolean editor = user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN);
		if (!editor && !mayEdit(user, draft)) {
			throw new SchemeNotFoundException(id);
		}
		if (draft.inReview()) {
			setStatus(id, SchemeStatus.DRAFT);
			this.audit.record(user.getUsername(), "lab.scheme.return", "Scheme", id, "SUCCESS", null);
		}
	}

	/**
	 * An editor publishes the submitted working copy as the next version and makes it
	 * what the public, the catalogue and the recommendations see.
	 */
	public SchemeSnapshot publish(ObservatoryUser editor, long id) {
		if (!editor.hasRole(Role.EDITOR) && !editor.hasRole(Role.ADMIN)) {
			throw new SchemeNotFoundException(id);
		}
		this.jdbc.sql("select id from lab.scheme where id = :id for update").param("id", id).query(Long.class).list();
		SchemeDraft draft = inReview(id);
		if (!problems(draft).isEmpty()) {
			throw new SchemeStateException("Scheme " + id + " is not complete");
		}
		Instant at = this.clock.instant();
		SchemeSnapshot snapshot = snapshot(draft, draft.publishedVersion() + 1, at);
		this.jdbc.sql("""
				insert into lab.scheme_version (scheme_id, number, content, published_at, published_by)
				values (:scheme, :number, :content, :at, :by)""")
			.param("scheme", id)
			.param("number", snapshot.number())
			.param("content", this.json.writeValueAsString(snapshot))
			.param("at", Timestamp.from(at))
			.param("by", editor.getAccountId())
			.update();
		this.jdbc.sql("update lab.scheme set status = 'DRAFT', published_version = :n where id = :id")
			.param("n", snapshot.number())
			.param("id", id)
			.update();
		project(snapshot);
		this.audit.record(editor.getUsername(), "lab.scheme.publish", "Scheme", id, "SUCCESS",
				"version=" + snapshot.number());
		return snapshot;
	}

	SchemeSnapshot snapshot(SchemeDraft draft, int number, Instant at) {
		Map<String, String> titles = this.competences.byCode();
		String organisation = (draft.organisationId() != null)
				? this.jdbc.sql("select name from core.organisation where id = :id")
					.param("id", draft.organisationId())
					.query(String.class)
					.optional()
					.orElse(null)
				: null;
		List<ModuleSnapshot> modules = draft.modules()
			.stream()
			.map((m) -> new ModuleSnapshot(m.id(), m.position(), m.title(), m.summary(), m.technologies(), m.outcomes()
				.stream()
				.map((o) -> new SchemeSnapshot.Outcome(o.competenceCode(),
						titles.getOrDefault(o.competenceCode(), o.competenceCode()), o.targetLevel(), o.description()))
				.toList(),
					m.activities()
						.stream()
						.map((a) -> new SchemeSnapshot.Activity(a.title(), a.type(), a.delivery(), a.durationMinutes(),
								a.caseId()))
						.toList()))
			.toList();
		return new SchemeSnapshot(draft.id(), number, draft.title(), draft.aims(), draft.professions(),
				draft.language(), draft.workloadHours(), draft.trainTheTrainers(), draft.changeAgents(), organisation,
				modules, at);
	}

	/**
	 * Rewrites the catalogue rows and the outcome index of a scheme from its latest
	 * version.
	 */
	void project(SchemeSnapshot snapshot) {
		long id = snapshot.schemeId();
		this.jdbc.sql("delete from lab.catalogue_item where scheme_id = :id and kind in ('scheme', 'module')")
			.param("id", id)
			.update();
		this.jdbc.sql("delete from lab.published_outcome where scheme_id = :id").param("id", id).update();
		String[] professions = snapshot.professions().toArray(String[]::new);
		insertItem("scheme", id, id, snapshot.title(), snapshot.aims(),
				join(snapshot.modules()
					.stream()
					.flatMap((m) -> Stream.concat(Stream.of(m.title(), m.summary()), moduleText(m)))),
				snapshot.language(), professions, snapshot.competenceCodes().toArray(String[]::new),
				snapshot.technologies().toArray(String[]::new), "/lab/schemes/" + id, snapshot.publishedAt());
		for (ModuleSnapshot module : snapshot.modules()) {
			insertItem("module", module.moduleId(), id, module.title(), module.summary(),
					join(Stream.concat(Stream.of(snapshot.title()), moduleText(module))), snapshot.language(),
					professions, module.competenceCodes().toArray(String[]::new),
					module.technologies().toArray(String[]::new), "/lab/modules/" + module.moduleId(),
					snapshot.publishedAt());
			for (SchemeSnapshot.Outcome outcome : module.outcomes()) {
				this.jdbc.sql("""
						insert into lab.published_outcome (scheme_id, module_id, competence_code, target_level)
						values (:s, :m, :c, :l)""")
					.param("s", id)
					.param("m", module.moduleId())
					.param("c", outcome.competenceCode())
					.param("l", outcome.targetLevel())
					.update();
			}
		}
	}

	private static Stream<String> moduleText(ModuleSnapshot module) {
		return Stream.concat(module.outcomes().stream().flatMap((o) -> Stream.of(o.competenceTitle(), o.description())),
				module.activities().stream().map(SchemeSnapshot.Activity::title));
	}

	private static String join(Stream<String> parts) {
		return parts.filter((p) -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
	}

	private void insertItem(String kind, long refId, long schemeId, String title, String summary, String body,
			String language, String[] professions, String[] competences, String[] technologies, String link,
			Instant at) {
		this.jdbc.sql("""
				insert into lab.catalogue_item (kind, ref_id, scheme_id, title, summary, body_text, language,
				    professions, competences, technologies, link, updated_at)
				values (:kind, :ref, :scheme, :title, :summary, :body, :language, :professions, :competences,
				    :technologies, :link, :at)""")
			.param("kind", kind)
			.param("ref", refId)
			.param("scheme", schemeId)
			.param("title", title)
			.param("summary", (summary != null) ? summary : "")
			.param("body", body)
			.param("language", language)
			.param("professions", professions)
			.param("competences", competences)
			.param("technologies", technologies)
			.param("link", link)
			.param("at", Timestamp.from(at))
			.update();
	}

	// ---------------------------------------------------------------- published versions

	@Transactional(readOnly = true)
	public Optional<SchemeSnapshot> latestPublished(long schemeId) {
		return this.jdbc.sql("""
				select content from lab.scheme_version where scheme_id = :id order by number desc limit 1""")
			.param("id", schemeId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	@Transactional(readOnly = true)
	public Optional<SchemeSnapshot> published(long schemeId, int number) {
		return this.jdbc.sql("select content from lab.scheme_version where scheme_id = :id and number = :n")
			.param("id", schemeId)
			.param("n", number)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	@Transactional(readOnly = true)
	public Optional<PublishedVersion> version(long versionId) {
		return this.jdbc.sql("select id, content from lab.scheme_version where id = :id")
			.param("id", versionId)
			.query((rs, row) -> new PublishedVersion(rs.getLong(1), read(rs.getString(2))))
			.optional();
	}

	/** Every version number a scheme was published with, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> versionNumbers(long schemeId) {
		return this.jdbc.sql("select number from lab.scheme_version where scheme_id = :id order by number desc")
			.param("id", schemeId)
			.query(Integer.class)
			.list();
	}

	/** The latest version of every published scheme, newest first. */
	@Transactional(readOnly = true)
	public List<PublishedVersion> latestVersions() {
		return this.jdbc.sql("""
				select distinct on (v.scheme_id) v.id, v.content, v.published_at from lab.scheme_version v
				order by v.scheme_id, v.number desc""")
			.query((rs, row) -> new PublishedVersion(rs.getLong(1), read(rs.getString(2))))
			.list()
			.stream()
			.sorted((a, b) -> b.scheme().publishedAt().compareTo(a.scheme().publishedAt()))
			.toList();
	}

	/** The latest published version holding a module, with the module. */
	@Transactional(readOnly = true)
	public Optional<PublishedModule> publishedModule(long moduleId) {
		return this.jdbc.sql("select scheme_id from lab.catalogue_item where kind = 'module' and ref_id = :id")
			.param("id", moduleId)
			.query(Long.class)
			.optional()
			.flatMap(this::latestPublished)
			.flatMap((scheme) -> scheme.module(moduleId).map((m) -> new PublishedModule(scheme, m)));
	}

	@Transactional(readOnly = true)
	public long publishedCount() {
		return this.jdbc.sql("select count(distinct scheme_id) from lab.scheme_version").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public long publishedModuleCount() {
		return this.jdbc.sql("select count(*) from lab.catalogue_item where kind = 'module'")
			.query(Long.class)
			.single();
	}

	public record PublishedVersion(long versionId, SchemeSnapshot scheme) {
	}

	public record PublishedModule(SchemeSnapshot scheme, ModuleSnapshot module) {
	}

	private SchemeSnapshot read(String content) {
		return this.json.readValue(content, SchemeSnapshot.class);
	}

	// ---------------------------------------------------------------- reading the
	// working copy

	@Transactional(readOnly = true)
	public Optional<SchemeDraft> draft(long id) {
		Optional<SchemeDraft> scheme = this.jdbc.sql("select * from lab.scheme where id = :id")
			.param("id", id)
			.query((rs, row) -> new SchemeDraft(rs.getLong("id"), (Long) rs.getObject("organisation_id"),
					rs.getLong("created_by"), rs.getString("title"), rs.getString("aims"),
					strings(rs.getArray("professions")), rs.getString("language"), rs.getInt("workload_hours"),
					rs.getBoolean("train_the_trainers"), rs.getBoolean("change_agents"),
					SchemeStatus.valueOf(rs.getString("status")), rs.getInt("published_version"),
					rs.getTimestamp("updated_at").toInstant(), List.of()))
			.optional();
		if (scheme.isEmpty()) {
			return scheme;
		}
		Map<Long, List<OutcomeDraft>> outcomes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.* from lab.learning_outcome o join lab.scheme_module m on m.id = o.module_id
				where m.scheme_id = :id order by o.id""").param("id", id).query((rs) -> {
			outcomes.computeIfAbsent(rs.getLong("module_id"), (k) -> new ArrayList<>())
				.add(new OutcomeDraft(rs.getLong("id"), rs.getString("competence_code"), rs.getInt("target_level"),
						rs.getString("description")));
		});
		Map<Long, List<ActivityDraft>> activities = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.* from lab.activity a join lab.scheme_module m on m.id = a.module_id
				where m.scheme_id = :id order by a.id""").param("id", id).query((rs) -> {
			activities.computeIfAbsent(rs.getLong("module_id"), (k) -> new ArrayList<>())
				.add(new ActivityDraft(rs.getLong("id"), rs.getString("title"),
						ActivityType.valueOf(rs.getString("type")), Delivery.valueOf(rs.getString("delivery")),
						rs.getInt("duration_minutes"), (Long) rs.getObject("case_id")));
		});
		List<ModuleDraft> modules = this.jdbc
			.sql("select * from lab.scheme_module where scheme_id = :id order by position, id")
			.param("id", id)
			.query((rs, row) -> new ModuleDraft(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getString("summary"), strings(rs.getArray("technologies")),
					outcomes.getOrDefault(rs.getLong("id"), List.of()),
					activities.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		SchemeDraft s = scheme.get();
		return Optional.of(new SchemeDraft(s.id(), s.organisationId(), s.createdBy(), s.title(), s.aims(),
				s.professions(), s.language(), s.workloadHours(), s.trainTheTrainers(), s.changeAgents(), s.status(),
				s.publishedVersion(), s.updatedAt(), modules));
	}

	// ---------------------------------------------------------------- helpers

	private SchemeDraft requireEditableDraft(ObservatoryUser user, long id) {
		this.jdbc.sql("select id from lab.scheme where id = :id for update").param("id", id).query(Long.class).list();
		SchemeDraft draft = editable(user, id);
		if (draft.inReview()) {
			throw new SchemeStateException("Scheme " + id + " is in review");
		}
		return draft;
	}

	private SchemeDraft requireModule(ObservatoryUser user, long schemeId, long moduleId) {
		SchemeDraft draft = requireEditableDraft(user, schemeId);
		if (indexOf(draft.modules(), moduleId) < 0) {
			throw new SchemeNotFoundException(moduleId);
		}
		return draft;
	}

	private static int indexOf(List<ModuleDraft> modules, long moduleId) {
		for (int i = 0; i < modules.size(); i++) {
			if (modules.get(i).id() == moduleId) {
				return i;
			}
		}
		return -1;
	}

	private void renumber(long schemeId) {
		this.jdbc
			.sql("""
					update lab.scheme_module m set position = r.n from (
					    select id, row_number() over (order by position, id) as n from lab.scheme_module where scheme_id = :s
					) r where m.id = r.id""")
			.param("s", schemeId)
			.update();
	}

	private void touch(long schemeId) {
		this.jdbc.sql("update lab.scheme set updated_at = :now where id = :id")
			.param("id", schemeId)
			.param("now", now())
			.update();
	}

	private void setStatus(long id, SchemeStatus status) {
		this.jdbc.sql("update lab.scheme set status = :s, updated_at = :now where id = :id")
			.param("s", status.name())
			.param("id", id)
			.param("now", now())
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static SchemeDraft.Summary summary(java.sql.ResultSet rs, int row) throws SQLException {
		return new SchemeDraft.Summary(rs.getLong("id"), rs.getString("title"),
				SchemeStatus.valueOf(rs.getString("status")), rs.getInt("published_version"), rs.getInt("modules"),
				rs.getTimestamp("updated_at").toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
