package eu.dhso.skills.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import eu.dhso.core.account.AccountLifecycle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import eu.dhso.core.account.Role;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration index reads each attempt's inputs once and afterwards only those whose
 * stamp moved (migration V15). After each kind of change the map kept by the application
 * must equal the map of a node that reads every attempt for the first time.
 */
@ObservatoryTest
class CalibrationInputsTests {

	private static final List<MapFilter> FILTERS = List.of(MapFilter.none(), new MapFilter("BE", null, null),
			new MapFilter("SE", null, null), new MapFilter(null, "HOSPITAL", null),
			new MapFilter(null, null, MapPeriod.ofYear(2025)));

	@Autowired
	CalibrationMap calibration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	Instruments instruments;

	@Autowired
	Assessments assessments;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	TransactionTemplate transactions;

	@PersistenceContext
	EntityManager entities;

	@Test
	void aMapKeptAcrossChangesEqualsOneReadAfresh() {
		// rolled back: the other tests of the map count the attempts they find
		this.transactions.executeWithoutResult((status) -> {
			List<Long> ids = seed();
			Map<MapFilter, Map<String, Map<String, Released>>> before = keptAndAfresh("seeded");

			this.jdbc.sql("update skills.answer set choice = 5 - choice where assessment_id in (:ids)")
				.param("ids", ids.subList(0, 6))
				.update();
			keptAndAfresh("answers changed");

			this.jdbc.sql("update skills.assessment set country_code = 'SE' where id in (:ids)")
				.param("ids", ids.subList(6, 14))
				.update();
			Map<MapFilter, Map<String, Map<String, Released>>> moved = keptAndAfresh("attempts moved to Sweden");
			assertThat(moved.get(FILTERS.get(2))).as("Sweden gained a group").isNotEqualTo(before.get(FILTERS.get(2)));

			this.jdbc.sql("update skills.assessment set status = 'IN_PROGRESS', submitted_at = null where id in (:ids)")
				.param("ids", ids.subList(14, 16))
				.update();
			keptAndAfresh("attempts taken back");

			this.jdbc.sql("delete from skills.assessment where id in (:ids)")
				.param("ids", ids.subList(16, 18))
				.update();
			keptAndAfresh("attempts deleted");

			this.jdbc.sql("update skills.assessment set counted = false where id in (:ids)")
				.param("ids", ids.subList(ids.size() - 6, ids.size()))
				.update();
			keptAndAfresh("verified people no longer counted");

			this.jdbc.sql("update skills.assessment set counted = true where id in (:ids)")
				.param("ids", ids.subList(ids.size() - 6, ids.size()))
				.update();
			keptAndAfresh("counted again");

			// the later of a person's two attempts replaces the earlier one
			this.jdbc
				.sql("update skills.assessment set submitted_at = submitted_at + interval '400 days' where id = :id")
				.param("id", ids.get(ids.size() - 6))
				.update();
			keptAndAfresh("an earlier attempt became the later");

			Long knowledge = items().stream()
				.filter((i) -> i.getKind() == ItemKind.KNOWLEDGE)
				.findFirst()
				.orElseThrow()
				.getId();
			this.jdbc.sql("update skills.item_option set correct = not correct where item_id = :item")
				.param("item", knowledge)
				.update();
			keptAndAfresh("another option is right");
			status.setRollbackOnly();
		});
	}

	/**
	 * The tables of the application's map and of a new one, for every filter, which must
	 * be equal and show some group.
	 */
	private Map<MapFilter, Map<String, Map<String, Released>>> keptAndAfresh(String after) {
		CalibrationMap afresh = new CalibrationMap(this.jdbc, this.dataSource, this.framework, this.disclosure);
		Map<MapFilter, Map<String, Map<String, Released>>> tables = new HashMap<>();
		for (MapFilter filter : FILTERS) {
			Map<String, Map<String, Released>> kept = this.calibration.table(filter).values();
			assertThat(kept).as(after + ", " + filter).isEqualTo(afresh.table(filter).values());
			tables.put(filter, kept);
		}
		assertThat(tables.get(MapFilter.none()).values().stream().flatMap((c) -> c.values().stream()))
			.as(after + ": a group shown")
			.anyMatch(Released::shown);
		return tables;
	}

	/**
	 * Thirty synthetic attempts in Belgium, nurses and doctors in two settings over two
	 * years, and three verified people with two attempts each.
	 */
	private List<Long> seed() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = items();
		Random random = new Random(11);
		List<Long> ids = new ArrayList<>();
		for (int n = 0; n < 30; n++) {
			Instant at = Instant.parse("2024-11-01T10:00:00Z").plusSeconds(86_400L * 23 * n);
			Assessment attempt = Assessment.synthetic(instrument, new Respondent((n % 2 == 0) ? "NURSE" : "DOCTOR",
					"BE", (n % 3 == 0) ? "HOME_CARE" : "HOSPITAL", ExperienceBand.YEARS_2_5), at);
			attempt.answer(answers(items, random));
			attempt.submit(at, true);
			ids.add(this.assessments.save(attempt).getId());
		}
		for (int person = 0; person < 3; person++) {
			Long account = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
			for (int n = 0; n < 2; n++) {
				Instant at = Instant.parse("2025-01-10T10:00:00Z").plusSeconds(86_400L * 60 * n);
				Assessment attempt = new Assessment(account, instrument,
						new Respondent("NURSE", "BE", "HOSPITAL", ExperienceBand.OVER_20), at);
				attempt.answer(answers(items, random));
				attempt.submit(at, true);
				ids.add(this.assessments.save(attempt).getId());
			}
		}
		// written now: the statements after this read and change the tables directly
		this.entities.flush();
		this.jdbc.sql("update skills.assessment set counted = true where id in (:ids)")
			.param("ids", ids.subList(ids.size() - 6, ids.size()))
			.update();
		return ids;
	}

	private List<AssessmentItem> items() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		return this.instruments.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
	}

	private static Map<Long, Integer> answers(List<AssessmentItem> items, Random random) {
		Map<Long, Integer> answers = new HashMap<>();
		items.forEach((i) -> answers.put(i.getId(), 1 + random.nextInt(4)));
		return answers;
	}

}
