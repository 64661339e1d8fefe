package eu.dhso.skills.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import eu.dhso.core.DemoContent;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instrument;
import eu.dhso.skills.assessment.Instruments;
import eu.dhso.skills.assessment.ItemKind;
import eu.dhso.skills.profile.RoleProfileService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic completed self-assessments, so the skills map has content. Respondent number
 * {@code n} is always generated from the same seed and stored with its number, so the
 * data are the same on every machine and a restart only adds the respondents still
 * missing. Every row is marked synthetic and has no account.
 */
@Component
class SyntheticAssessments implements DemoContent {

	static final int RESPONDENTS = 600;

	static final long SEED = 20261101L;

	/** Submission dates spread over the eighteen months before this day. */
	static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");

	private final Instruments instruments;

	private final CompetenceFramework framework;

	private final RoleProfileService profiles;

	private final Taxonomy taxonomy;

	private final JdbcClient jdbc;

	SyntheticAssessments(Instruments instruments, CompetenceFramework framework, RoleProfileService profiles,
			Taxonomy taxonomy, JdbcClient jdbc) {
		this.instruments = instruments;
		this.framework = framework;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public int loadMissing() {
		FrameworkView view = this.framework.latestPublished().orElse(null);
		Instrument instrument = (view != null) ? this.instruments.findByFrameworkVersionId(view.id()).orElse(null)
				: null;
		if (instrument == null) {
			return 0;
		}
		Set<Integer> existing = new HashSet<>(
				this.jdbc.sql("select demo_respondent from skills.assessment where demo_respondent is not null")
					.query(Integer.class)
					.list());
		if (existing.size() >= RESPONDENTS) {
			return 0;
		}
		List<AssessmentItem> items = this.instruments.findItems(instrument.getId());
		List<String> professionCodes = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
		List<String> partnerCountries = this.taxonomy.partnerCountries()
			.stream()
			.map(Taxonomy.CountryTerm::code)
			.toList();
		List<String> settings = this.taxonomy.careSettings().stream().map(Taxonomy.Term::code).toList();
		Map<String, Map<Long, Integer>> expectedByProfession = new HashMap<>();
		int added = 0;
		List<Object[]> answers = new ArrayList<>();
		for (int n = 0; n < RESPONDENTS; n++) {
			if (existing.contains(n)) {
				continue;
			}
			Random random = new Random(SEED * 31 + n);
			String profession = professionCodes.get(n % professionCodes.size());
			String country = partnerCountries.get(random.nextInt(partnerCountries.size()));
			// Most respondents work in hospitals and primary care, as in the partners'
			// own surveys.
			String setting = (random.nextInt(10) < 6) ? settings.get(random.nextInt(2))
					: settings.get(random.nextInt(settings.size()));
			ExperienceBand experience = ExperienceBand.values()[random.nextInt(ExperienceBand.values().length)];
			Instant submitted = ANCHOR.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 540)));
			Long id = insertAssessment(n, instrument.getId(), profession, country, setting, experience, submitted);
			Map<Long, Integer> expected = expectedByProfession.computeIfAbsent(profession,
					(p) -> this.profiles.expectedLevels(view.id(), p, null));
			// A respondent's general confidence shifts all their self-ratings; digital
			// areas lag behind.
			double confidence = random.nextGaussian() * 0.5;
			double countryEffect = (partnerCountries.indexOf(country) % 3 - 1) * 0.3;
			for (AssessmentItem item : items) {
				int expectedLevel = expected.getOrDefault(item.getCompetenceId(), 2);
				answers.add(new Object[] { id, item.getId(),
						(item.getKind() == ItemKind.SELF_RATING)
								? selfRating(random, expectedLevel, confidence + countryEffect)
								: knowledgeAnswer(random, item, expectedLevel, countryEffect) });
			}
			added++;
		}
		// One statement, so that the skills-map summary triggers run once for all
		// answers.
		this.jdbc.sql("""
				insert into skills.answer (assessment_id, item_id, choice)
				select * from unnest(:assessments, :items, :choices)""")
			.param("assessments", answers.stream().map((a) -> (Long) a[0]).toArray(Long[]::new))
			.param("items", answers.stream().map((a) -> (Long) a[1]).toArray(Long[]::new))
			.param("choices", answers.stream().map((a) -> (Integer) a[2]).toArray(Integer[]::new))
			.update();
		return added;
	}

	private Long insertAssessment(int respondent, Long instrument, String profession, String country, String setting,
			ExperienceBand experience, Instant submitted) {
		return this.jdbc.sql("""
				insert into skills.assessment (account_id, instrument_id, profession_code, country_code,
				    care_setting_code, experience_band, status, synthetic, demo_respondent, started_at, submitted_at)
				values (null, :instrument, :profession, :country, :setting, :experience, 'SUBMITTED', true,
				    :respondent, :started, :submitted)
				returning id""")
			.param("respondent", respondent)
			.param("instrument", instrument)
			.param("profession", profession)
			.param("country", country)
			.param("setting", setting)
			.param("experience", experience.name())
			.param("started", Timestamp.from(submitted.minus(Duration.ofMinutes(25))))
			.param("submitted", Timestamp.from(submitted))
			.query(Long.class)
			.single();
	}

	private static int selfRating(Random random, int expectedLevel, double shift) {
		double level = expectedLevel - 0.6 + shift + random.nextGaussian() * 0.7;
		return (int) Math.max(1, Math.min(4, Math.round(level)));
	}

	/** The better the expected level is met, the likelier the best answer. */
	private static int knowledgeAnswer(Random random, AssessmentItem item, int expectedLevel, double countryEffect) {
		double chance = Math.max(0.2, Math.min(0.95, 0.35 + 0.12 * expectedLevel + countryEffect));
		if (random.nextDouble() < chance) {
			return item.correctPosition();
		}
		int wrong = 1 + random.nextInt(3);
		return (wrong >= item.correctPosition()) ? wrong + 1 : wrong;
	}

}
