package eu.dhso.skills.framework;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.framework.FrameworkAdministration;
import eu.dhso.core.framework.VersionNotFoundException;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.Instruments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators maintain the items of a draft version's instrument: they reword
 * self-rating prompts (whose statements are the competence's level descriptors) and write
 * knowledge or situational-judgement items with four options and one best answer. A
 * published instrument is frozen like its framework, since answers point at its items.
 */
@Service
@Transactional
public class InstrumentItems {

	public static final int OPTIONS = 4;

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,19}");

	private final Instruments instruments;

	private final FrameworkAdministration framework;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	InstrumentItems(Instruments instruments, FrameworkAdministration framework, JdbcClient jdbc, AuditLog audit) {
		this.instruments = instruments;
		this.framework = framework;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AssessmentItem> items(Long versionId) {
		return this.instruments.findByFrameworkVersionId(versionId)
			.map((i) -> this.instruments.findItems(i.getId()))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<AssessmentItem> item(Long versionId, Long itemId) {
		return items(versionId).stream().filter((i) -> i.getId().equals(itemId)).findFirst();
	}

	public static boolean validCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	@Transactional(readOnly = true)
	public boolean codeTaken(Long versionId, String code, Long exceptId) {
		return items(versionId).stream().anyMatch((i) -> i.getCode().equals(code) && !i.getId().equals(exceptId));
	}

	public void rewordSelfRating(Long versionId, Long itemId, String prompt, String actor) {
		draft(versionId);
		this.jdbc.sql("update skills.assessment_item set prompt = :prompt where id = :id and kind = 'SELF_RATING'")
			.param("prompt", prompt)
			.param("id", item(versionId, itemId).orElseThrow(() -> new VersionNotFoundException(versionId)).getId())
			.update();
		this.audit.record(actor, "instrument.item.revise", "AssessmentItem", itemId, "SUCCESS", "self-rating");
	}

	/**
	 * Adds ({@code itemId} null) or revises a knowledge item; {@code correct} is the
	 * position (1 to 4) of the one best answer.
	 */
	public Long saveKnowledgeItem(Long versionId, Long itemId, Long competenceId, String code, String prompt,
			List<String> options, int correct, String actor) {
		draft(versionId);
		Long instrument = this.instruments.findByFrameworkVersionId(versionId)
			.orElseThrow(() -> new VersionNotFoundException(versionId))
			.getId();
		Integer area = this.jdbc.sql("""
				select a.sort_order from core.competence c join core.competence_area a on a.id = c.area_id
				where c.id = :competence and a.framework_version_id = :version""")
			.param("competence", competenceId)
			.param("version", versionId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new VersionNotFoundException(versionId));
		Long id = itemId;
		if (id == null) {
			int next = this.jdbc
				.sql("select count(*) from skills.assessment_item where instrument_id = :i and kind = 'KNOWLEDGE'")
				.param("i", instrument)
				.query(Integer.class)
				.single() + 1;
			id = this.jdbc.sql("""
					insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
					values (:instrument, :competence, :code, 'KNOWLEDGE', :prompt, :sort) returning id""")
				.param("instrument", instrument)
				.param("competence", competenceId)
				.param("code", code)
				.param("prompt", prompt)
				.param("sort", area * 100 + 50 + next)
				.query(Long.class)
				.single();
		}
		else {
			AssessmentItem existing = item(versionId, itemId).filter((i) -> i.getKind().name().equals("KNOWLEDGE"))
				.orElseThrow(() -> new VersionNotFoundException(versionId));
			this.jdbc.sql("""
					update skills.assessment_item set competence_id = :competence, code = :code, prompt = :prompt
					where id = :id""")
				.param("competence", competenceId)
				.param("code", code)
				.param("prompt", prompt)
				.param("id", existing.getId())
				.update();
			this.jdbc.sql("delete from skills.item_option where item_id = :id").param("id", id).update();
		}
		for (int position = 1; position <= OPTIONS; position++) {
			this.jdbc.sql("""
					insert into skills.item_option (item_id, position, text, correct)
					values (:item, :position, :text, :correct)""")
				.param("item", id)
				.param("position", position)
				.param("text", options.get(position - 1).strip())
				.param("correct", position == correct)
				.update();
		}
		this.audit.record(actor, (itemId == null) ? "instrument.item.add" : "instrument.item.revise", "AssessmentItem",
				id, "SUCCESS", code);
		return id;
	}

	private void draft(Long versionId) {
		this.framework.requireDraft(versionId);
	}

}
