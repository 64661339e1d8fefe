package eu.dhso.skills.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.framework.CompetenceKind;
import eu.dhso.core.framework.FrameworkAdministration;
import eu.dhso.core.framework.FrameworkAdministration.AreaContent;
import eu.dhso.core.framework.FrameworkAdministration.CompetenceContent;
import eu.dhso.core.framework.FrameworkAdministration.VersionDetail;
import eu.dhso.core.framework.VersionNotFoundException;
import eu.dhso.skills.framework.FrameworkRules.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators maintain the competence framework: a new version starts as a draft copy
 * of another (or from an imported file), is edited, then published, after which it never
 * changes. Copying a version copies its areas, competences and level descriptors, the
 * instrument's items with their options and every role profile's expected levels, matched
 * by competence code; assessments and the skills map stay with the version they were
 * taken on. Every change is audited and runs in one transaction, so a failed import
 * leaves nothing behind. The kernel owns the framework itself
 * ({@link FrameworkAdministration}); this class adds what the skills profile keeps per
 * version: the instrument, its items and the role profiles.
 */
@Service
@Transactional
public class FrameworkManagement {

	private final FrameworkAdministration framework;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	FrameworkManagement(FrameworkAdministration framework, JdbcClient jdbc, AuditLog audit) {
		this.framework = framework;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<VersionDetail> detail(Long id) {
		return this.framework.detail(id);
	}

	/** The whole version as a document, for export and for copying. */
	@Transactional(readOnly = true)
	public Optional<FrameworkDocument> export(Long id) {
		return detail(id).map((v) -> new FrameworkDocument(v.label(), v.title(),
				v.areas()
					.stream()
					.map((a) -> new FrameworkDocument.Area(a.code(), a.kind().name(), a.title(), a.description(),
							a.competences()
								.stream()
								.map((c) -> new FrameworkDocument.Competence(c.code(), c.title(), c.description(),
										c.digcompCode(), c.escoUri(), c.levels()))
								.toList()))
					.toList()));
	}

	/**
	 * A new draft copied from {@code sourceId}, with its instrument and role profiles.
	 */
	public Long copy(Long sourceId, String label, String title, String actor) {
		FrameworkDocument source = export(sourceId).orElseThrow(() -> new VersionNotFoundException(sourceId));
		Long id = create(new FrameworkDocument(label, title, source.areas()), sourceId);
		Long instrument = createInstrument(id, title);
		copyInstrumentItems(sourceId, id, instrument);
		copyRoleProfiles(sourceId, id, actor);
		addMissingSelfRatings(id);
		this.audit.record(actor, "framework.copy", "FrameworkVersion", id, "SUCCESS",
				"copy of version " + sourceId + " as " + label);
		return id;
	}

	/** A new draft from an imported document; all or nothing. */
	public Long importDocument(FrameworkDocument document, String actor) {
		Long id = create(document, null);
		createInstrument(id, document.title());
		addMissingSelfRatings(id);
		this.audit.record(actor, "framework.import", "FrameworkVersion", id, "SUCCESS", "imported " + document.label());
		return id;
	}

	/** Publishes the draft through the kernel, which owns the framework. */
	public void publish(Long id, long expectedVersion, String actor) {
		this.framework.publish(id, expectedVersion, actor);
	}

	public Long saveArea(Long versionId, Long areaId, FrameworkDocument.Area area, int sortOrder, String actor) {
		return this.framework.saveArea(versionId, areaId, new AreaContent(area.code(),
				CompetenceKind.valueOf(area.kind()), area.title(), area.description(), List.of()), sortOrder, actor);
	}

	public Long saveCompetence(Long versionId, Long areaId, Long competenceId, FrameworkDocument.Competence c,
			int sortOrder, String actor) {
		Long saved = this.framework.saveCompetence(versionId, areaId, competenceId, content(c), sortOrder, actor);
		addMissingSelfRatings(versionId);
		return saved;
	}

	/** Whether another competence of the version already has this code. */
	@Transactional(readOnly = true)
	public boolean competenceCodeTaken(Long versionId, String code, Long exceptId) {
		return this.jdbc.sql("""
				select count(*) from core.competence c join core.competence_area a on a.id = c.area_id
				where a.framework_version_id = :version and c.code = :code and c.id <> coalesce(:except, -1)""")
			.param("version", versionId)
			.param("code", code)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public boolean areaCodeTaken(Long versionId, String code, Long exceptId) {
		return this.jdbc.sql("""
				select count(*) from core.competence_area a
				where a.framework_version_id = :version and a.code = :code and a.id <> coalesce(:except, -1)""")
			.param("version", versionId)
			.param("code", code)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	private Long create(FrameworkDocument document, Long basedOn) {
		List<Problem> problems = new ArrayList<>(FrameworkRules.check(document));
		if (this.framework.labelTaken(document.label())) {
			problems.add(new Problem(null, "skills.framework.error.labelTaken"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFrameworkException(problems);
		}
		return this.framework.createDraft(document.label(), document.title(), basedOn,
				document.areas()
					.stream()
					.map((a) -> new AreaContent(a.code(), CompetenceKind.valueOf(a.kind()), a.title(), a.description(),
							a.competences().stream().map(FrameworkManagement::content).toList()))
					.toList());
	}

	private static CompetenceContent content(FrameworkDocument.Competence c) {
		return new CompetenceContent(c.code(), c.title(), c.description(), c.digcompCode(), c.escoUri(), c.levels());
	}

	private Long createInstrument(Long versionId, String title) {
		return this.jdbc
			.sql("insert into skills.instrument (framework_version_id, title) values (:version, :title) returning id")
			.param("version", versionId)
			.param("title", title)
			.query(Long.class)
			.single();
	}

	/** Competences of the source matched to the copy by area and competence code. */
	private static final String MATCHED_COMPETENCES = """
			matched as (
			    select oc.id as old_id, nc.id as new_id
			    from core.competence oc
			    join core.competence_area oa on oa.id = oc.area_id and oa.framework_version_id = :source
			    join core.competence_area na on na.framework_version_id = :target and na.code = oa.code
			    join core.competence nc on nc.area_id = na.id and nc.code = oc.code)
			""";

	private void copyInstrumentItems(Long source, Long target, Long instrument) {
		this.jdbc.sql("with " + MATCHED_COMPETENCES + """
				insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
				select :instrument, m.new_id, it.code, it.kind, it.prompt, it.sort_order
				from skills.assessment_item it
				join skills.instrument oi on oi.id = it.instrument_id and oi.framework_version_id = :source
				join matched m on m.old_id = it.competence_id""")
			.param("source", source)
			.param("target", target)
			.param("instrument", instrument)
			.update();
		this.jdbc.sql("""
				insert into skills.item_option (item_id, position, text, correct)
				select nit.id, o.position, o.text, o.correct
				from skills.item_option o
				join skills.assessment_item oit on oit.id = o.item_id
				join skills.instrument oi on oi.id = oit.instrument_id and oi.framework_version_id = :source
				join skills.assessment_item nit on nit.instrument_id = :instrument and nit.code = oit.code""")
			.param("source", source)
			.param("instrument", instrument)
			.update();
	}

	private void copyRoleProfiles(Long source, Long target, String actor) {
		this.jdbc.sql("""
				insert into skills.role_profile (framework_version_id, profession_code, care_setting_code, updated_by)
				select :target, profession_code, care_setting_code, :actor
				from skills.role_profile where framework_version_id = :source""")
			.param("source", source)
			.param("target", target)
			.param("actor", actor)
			.update();
		this.jdbc.sql("with " + MATCHED_COMPETENCES + """
				insert into skills.expected_level (role_profile_id, competence_id, level)
				select nrp.id, m.new_id, el.level
				from skills.expected_level el
				join skills.role_profile orp on orp.id = el.role_profile_id and orp.framework_version_id = :source
				join skills.role_profile nrp on nrp.framework_version_id = :target
				     and nrp.profession_code = orp.profession_code
				     and coalesce(nrp.care_setting_code, '') = coalesce(orp.care_setting_code, '')
				join matched m on m.old_id = el.competence_id""")
			.param("source", source)
			.param("target", target)
			.update();
	}

	/**
	 * Every competence gets a self-rating item, whose statements are its level
	 * descriptors; admins may reword its prompt.
	 */
	private void addMissingSelfRatings(Long versionId) {
		this.jdbc.sql("""
				insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
				select i.id, c.id, 'SR-' || c.code, 'SELF_RATING',
				       'Which statement describes your current practice in "' || c.title || '" best?',
				       a.sort_order * 100 + c.sort_order
				from skills.instrument i
				join core.competence_area a on a.framework_version_id = i.framework_version_id
				join core.competence c on c.area_id = a.id
				where i.framework_version_id = :version and not exists (
				    select 1 from skills.assessment_item x
				    where x.instrument_id = i.id and x.competence_id = c.id and x.kind = 'SELF_RATING')""")
			.param("version", versionId)
			.update();
	}

}
