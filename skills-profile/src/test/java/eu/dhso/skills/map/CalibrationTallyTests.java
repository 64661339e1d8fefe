package eu.dhso.skills.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.Assessment;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.Assessments;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instruments;
import eu.dhso.skills.assessment.ItemKind;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration index reads sums per attempt and competence that triggers keep
 * (migration V14); these tests hold them against the same sums computed from the answers
 * after each kind of change.
 */
@ObservatoryTest
class CalibrationTallyTests {

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Autowired
	Assessments assessments;

	@Autowired
	SelfAssessmentTaking taking;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theKeptSumsFollowEveryChangeOfSubmittedAnswers() {
		List<Long> ids = seedAttempts();
		assertThat(kept()).isEqualTo(fromAnswers()).isNotEmpty();
		assertThat(keptFor(ids.get(ids.size() - 1))).as("an attempt in progress has no sums").isEmpty();
		assertThat(keptFor(ids.get(0))).isNotEmpty();

		// rolled back: a submitted attempt missing answers is not what the other tests of
		// the map expect to find
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("update skills.answer set choice = 5 - choice where assessment_id in (:ids)")
				.param("ids", ids.subList(0, 5))
				.update();
			assertThat(kept()).as("answers changed").isEqualTo(fromAnswers());

			this.jdbc
				.sql("delete from skills.answer where assessment_id = :id and item_id in"
						+ " (select item_id from skills.answer where assessment_id = :id order by item_id limit 7)")
				.param("id", ids.get(5))
				.update();
			assertThat(kept()).as("answers removed").isEqualTo(fromAnswers());

			this.jdbc.sql("update skills.assessment set status = 'IN_PROGRESS', submitted_at = null where id = :id")
				.param("id", ids.get(6))
				.update();
			assertThat(keptFor(ids.get(6))).as("an attempt taken back").isEmpty();
			assertThat(kept()).isEqualTo(fromAnswers());

			this.jdbc.sql("delete from skills.assessment where id in (:ids)").param("ids", ids.subList(7, 9)).update();
			assertThat(kept()).as("attempts deleted").isEqualTo(fromAnswers());
			status.setRollbackOnly();
		});
		assertThat(kept()).isEqualTo(fromAnswers());
	}

	@Test
	void changingWhichOptionIsRightChangesTheSumsOfEveryoneWhoAnsweredIt() {
		seedAttempts();
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		AssessmentItem knowledge = items(view).stream()
			.filter((i) -> i.getKind() == ItemKind.KNOWLEDGE)
			.findFirst()
			.orElseThrow();
		// rolled back: other tests read the instrument as it is
		this.transactions.executeWithoutResult((status) -> {
			List<String> before = kept();
			this.jdbc.sql("update skills.item_option set correct = not correct where item_id = :item")
				.param("item", knowledge.getId())
				.update();
			assertThat(kept()).isEqualTo(fromAnswers()).isNotEqualTo(before);
			status.setRollbackOnly();
		});
		assertThat(kept()).isEqualTo(fromAnswers());
	}

	@Test
	void submittingThroughTheServiceKeepsTheAttemptsSums() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		Long id = this.taking.start(person, new Respondent("NURSE", "LU", "HOME_CARE", ExperienceBand.UNDER_2));
		List<AssessmentItem> items = items(view);
		for (AreaView area : view.areas()) {
			Map<Long, Integer> choices = new HashMap<>();
			items.forEach((i) -> choices.put(i.getId(), 3));
			this.taking.answer(id, person, area.code(), choices);
		}
		assertThat(keptFor(id)).isEmpty();
		assertThat(this.taking.submit(id, person)).isTrue();
		assertThat(keptFor(id)).isNotEmpty();
		assertThat(kept()).isEqualTo(fromAnswers());
	}

	private List<AssessmentItem> items(FrameworkView view) {
		return this.instruments.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
	}

	/** Twelve attempts with random answers of both kinds; the last stays open. */
	private List<Long> seedAttempts() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		Random random = new Random(7);
		List<Long> ids = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 12; n++) {
				Instant at = Instant.parse("2025-03-01T10:00:00Z").plusSeconds(3_600L * n);
				Assessment attempt = Assessment.synthetic(instrument,
						new Respondent("DOCTOR", "BE", "HOSPITAL", ExperienceBand.YEARS_2_5), at);
				Map<Long, Integer> answers = new HashMap<>();
				items.forEach((i) -> answers.put(i.getId(), 1 + random.nextInt(4)));
				attempt.answer(answers);
				if (n < 11) {
					attempt.submit(at, true);
				}
				ids.add(this.assessments.save(attempt).getId());
			}
		});
		return ids;
	}

	private List<String> kept() {
		return this.jdbc
			.sql("""
					select concat_ws('|', assessment_id, competence_id, self_levels, self_ratings, knowledge_right, knowledge_items)
					from skills.calibration_tally order by assessment_id, competence_id""")
			.query(String.class)
			.list();
	}

	private List<String> keptFor(Long assessment) {
		return this.jdbc.sql("select competence_id from skills.calibration_tally where assessment_id = :id")
			.param("id", assessment)
			.query(String.class)
			.list();
	}

	/** The sums as the index read them before they were kept: from every answer. */
	private List<String> fromAnswers() {
		return this.jdbc.sql("""
				select concat_ws('|', an.assessment_id, it.competence_id,
				       coalesce(sum(an.choice) filter (where it.kind = 'SELF_RATING'), 0),
				       count(*) filter (where it.kind = 'SELF_RATING'),
				       count(o.item_id) filter (where it.kind = 'KNOWLEDGE'),
				       count(*) filter (where it.kind = 'KNOWLEDGE'))
				from skills.answer an
				join skills.assessment a on a.id = an.assessment_id and a.status = 'SUBMITTED'
				join skills.assessment_item it on it.id = an.item_id
				left join skills.item_option o on o.item_id = it.id and o.position = an.choice and o.correct
				group by an.assessment_id, it.competence_id
				order by an.assessment_id, it.competence_id""").query(String.class).list();
	}

}
