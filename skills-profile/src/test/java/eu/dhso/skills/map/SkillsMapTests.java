package eu.dhso.skills.map;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Aggregation against PostgreSQL. Each test seeds its own non-partner country, which the
 * synthetic demo respondents never use, so the figures are exact.
 */
@ObservatoryTest
class SkillsMapTests {

	static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");

	@Autowired
	SkillsMap map;

	@Autowired
	eu.dhso.core.evidence.EvidenceCatalogue evidence;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Autowired
	Assessments assessments;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void cellsAverageSubmittedSelfRatingsAndTheGapToTheRoleProfile() {
		seed("SE");
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long d62 = competence(view, "D6.2").id();
		// Five nurses, the open attempt not counted: three rated 2 and two rated 3; the
		// profile expects 3. The sums before release are exact ...
		SkillsMap.Tally tally = this.map.talliesByCompetence(filter("SE")).get("NURSE").get(String.valueOf(d62));
		assertThat(tally.people()).isEqualTo(5);
		assertThat(tally.meanLevel()).isCloseTo(2.4, within(1e-9));
		assertThat(tally.meanGap()).isCloseTo(0.6, within(1e-9));
		// ... the released mean is perturbed by at most two thirds of the level range
		// over the five answers, the gap is the profile's level minus it, and the count
		// is
		// rounded.
		Cell nurseTelehealth = this.map.byCompetence(filter("SE")).cell("NURSE", d62);
		assertThat(nurseTelehealth.suppressed()).isFalse();
		assertThat(nurseTelehealth.respondents()).isEqualTo(5);
		assertThat(nurseTelehealth.meanLevel()).isBetween(2.0 - 1e-9, 2.8 + 1e-9);
		assertThat(nurseTelehealth.meanGap()).isCloseTo(3 - nurseTelehealth.meanLevel(), within(1e-9));
		assertThat(nurseTelehealth.band()).isEqualTo(2);
		Cell nurseArea = this.map.byArea(filter("SE")).cell("NURSE", "D6");
		assertThat(nurseArea.respondents()).isEqualTo(5);
		assertThat(this.map.talliesByArea(filter("SE")).get("NURSE").get("D6").meanLevel()).isCloseTo(2.4,
				within(1e-9));
		// Asking again gives the same figure: the noise comes from the people, not from
		// chance.
		assertThat(this.map.byCompetence(filter("SE")).cell("NURSE", d62)).isEqualTo(nurseTelehealth);
	}

	@Test
	void aKeptMapIsNotServedOnceTheAnswersOrTheRoleProfileChange() {
		seed("SI");
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		Map<String, Object> profiled = this.jdbc.sql("""
				select el.competence_id, el.level from skills.expected_level el
				join skills.role_profile rp on rp.id = el.role_profile_id
				where rp.framework_version_id = ? and rp.profession_code = 'NURSE' and rp.care_setting_code is null
				order by el.competence_id limit 1""").param(view.id()).query().singleRow();
		Long competence = ((Number) profiled.get("competence_id")).longValue();
		int expected = ((Number) profiled.get("level")).intValue();
		// both maps computed, and so kept
		assertThat(this.map.byCompetence(filter("SI")).cell("NURSE", competence).respondents()).isEqualTo(5);
		assertThat(this.map.byArea(filter("SI")).cell("NURSE", "S1").respondents()).isEqualTo(5);
		// five more nurses submit: both maps count them at once
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 5; n++) {
				save(instrument, items, new Respondent("NURSE", "SI", "HOME_CARE", ExperienceBand.YEARS_2_5), 4, true);
			}
		});
		Cell ten = this.map.byCompetence(filter("SI")).cell("NURSE", competence);
		assertThat(ten.respondents()).isEqualTo(10);
		assertThat(this.map.byArea(filter("SI")).cell("NURSE", "S1").respondents()).isEqualTo(10);
		// the role profile now expects another level: the gap follows, by exactly that
		int changed = (expected < 4) ? expected + 1 : expected - 1;
		String update = """
				update skills.expected_level set level = ? where competence_id = ? and role_profile_id =
				    (select id from skills.role_profile where framework_version_id = ? and profession_code = 'NURSE'
				     and care_setting_code is null)""";
		this.jdbc.sql(update).params(changed, competence, view.id()).update();
		try {
			Cell after = this.map.byCompetence(filter("SI")).cell("NURSE", competence);
			assertThat(after.meanLevel()).isEqualTo(ten.meanLevel());
			assertThat(after.meanGap()).isCloseTo(ten.meanGap() + (changed - expected), within(1e-9));
		}
		finally {
			this.jdbc.sql(update).params(expected, competence, view.id()).update();
		}
	}

	@Test
	void theSameFiguresReadAtAnotherGenerationAreEqual() {
		seed("HR");
		SkillsMap.Heatmap before = this.map.byArea(new MapFilter("HR", null, null));
		this.jdbc.sql("update skills.map_state set generation = nextval('skills.map_generation')").update();
		SkillsMap.Heatmap after = this.map.byArea(new MapFilter("HR", null, null));
		assertThat(after.generation()).isGreaterThan(before.generation());
		// the public map's rendered tables are kept by their figures
		assertThat(after).isEqualTo(before).hasSameHashCodeAs(before);
	}

	@Test
	void groupsOfFewerThanFiveAreSuppressedWithoutTheirCount() {
		seed("FI");
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Cell doctors = this.map.byCompetence(filter("FI")).cell("DOCTOR", competence(view, "S1.1").id());
		assertThat(doctors.suppressed()).isTrue();
		assertThat(doctors.respondents()).isNull();
		assertThat(doctors.meanLevel()).isNull();
		assertThat(this.map.byArea(filter("FI")).cell("DOCTOR", "S1").suppressed()).isTrue();
		// Narrowing the nurses to a care setting they did not name leaves nobody.
		assertThat(this.map.byCompetence(new MapFilter("FI", "HOSPITAL", null))
			.cell("NURSE", competence(view, "S1.1").id())
			.suppressed()).isTrue();
	}

	@Test
	void thePeriodFilterTakesFixedQuartersAndYearsOfSubmission() {
		seed("NL");
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long s11 = competence(view, "S1.1").id();
		assertThat(this.map.byCompetence(new MapFilter("NL", "HOME_CARE", MapPeriod.ofQuarter(2025, 1)))
			.cell("NURSE", s11)
			.respondents()).isEqualTo(5);
		assertThat(this.map.byCompetence(new MapFilter("NL", "HOME_CARE", MapPeriod.ofYear(2025)))
			.cell("NURSE", s11)
			.respondents()).isEqualTo(5);
		assertThat(this.map.byCompetence(new MapFilter("NL", "HOME_CARE", MapPeriod.ofQuarter(2025, 2)))
			.cell("NURSE", s11)
			.suppressed()).isTrue();
		assertThat(this.map.byCompetence(new MapFilter("NL", "HOME_CARE", MapPeriod.ofYear(2024)))
			.cell("NURSE", s11)
			.suppressed()).isTrue();
	}

	@Test
	void aPersonWhoRetakesTheAssessmentCountsOnce() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		Long person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 5; n++) {
				Assessment attempt = new Assessment(person, instrument,
						new Respondent("PHARMACIST", "AT", "PHARMACY", ExperienceBand.YEARS_2_5), MARCH);
				answerAll(attempt, items, 3);
				attempt.submit(MARCH.plusSeconds(n), true);
				this.assessments.save(attempt);
			}
		});
		Long s11 = competence(view, "S1.1").id();
		assertThat(this.map.byCompetence(filter("AT")).cell("PHARMACIST", s11).suppressed()).isTrue();
		assertThat(this.map.byArea(filter("AT")).cell("PHARMACIST", "S1").suppressed()).isTrue();
		// Four more people make five.
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 4; n++) {
				Long other = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
				Assessment attempt = new Assessment(other, instrument,
						new Respondent("PHARMACIST", "AT", "PHARMACY", ExperienceBand.YEARS_2_5), MARCH);
				answerAll(attempt, items, 3);
				attempt.submit(MARCH, true);
				this.assessments.save(attempt);
			}
		});
		assertThat(this.map.byCompetence(filter("AT")).cell("PHARMACIST", s11).respondents()).isEqualTo(5);
		assertThat(this.map.byArea(filter("AT")).cell("PHARMACIST", "S1").respondents()).isEqualTo(5);
	}

	@Test
	void anUnknownOrUnpublishedFrameworkVersionIsNotFound() throws Exception {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		this.mvc.perform(get("/skills/map/public").param("version", String.valueOf(view.id())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/skills/map/public").param("version", "987654")).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/map").param("version", "987654").with(as(Role.EDITOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDetailedMapAndItsCsvAreForPartnersAndStaffAndSuppressToo() throws Exception {
		seed("PL");
		RequestPostProcessor trainer = as(Role.TRAINER);
		this.mvc.perform(get("/skills/map").param("country", "PL").with(as(Role.PARTNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fewer than 5")))
			.andExpect(content().string(containsString("cell band-2")))
			.andExpect(content().string(containsString("<caption>")));
		this.mvc.perform(get("/skills/map").with(as(Role.PROFESSIONAL))).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/map.csv").with(as(Role.PROFESSIONAL))).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/map")).andExpect(status().is3xxRedirection());
		// The export shows the page's released figures, not the exact ones.
		Cell nurses = this.map.byCompetence(filter("PL"))
			.cell("NURSE", competence(this.framework.latestPublished().orElseThrow(), "D6.2").id());
		this.mvc.perform(get("/skills/map.csv").param("country", "PL").with(trainer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("skills-map.csv")))
			.andExpect(content().string(containsString("# Method: ")))
			.andExpect(content().string(containsString(String.format(Locale.ROOT, "NURSE,D6,D6.2,5,%.2f,%.2f,false",
					nurses.meanLevel(), nurses.meanGap()))))
			// a suppressed cell has no figures and a flag, so each column keeps one type
			.andExpect(content().string(containsString("DOCTOR,D6,D6.2,,,,true")))
			.andExpect(content().string(not(containsString("suppressed ("))))
			.andExpect(content().string(not(containsString("DOCTOR,D6,D6.2,4"))));
	}

	@Test
	void thePublicMapShowsAreasToEveryone() throws Exception {
		seed("PT");
		this.mvc.perform(get("/skills/map/public").param("country", "PT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("n = 5")))
			.andExpect(content().string(containsString("fewer than 5")))
			.andExpect(content().string(not(containsString("D6.2"))));
	}

	@Test
	void aCitedCellResolvesToItsReleasedFigureAndItsPublicPageShowsOnlyThat() throws Exception {
		seed("SK");
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Cell nurses = this.map.byCompetence(new MapFilter(view.id(), "SK", null, MapPeriod.ofYear(2025)))
			.cell("NURSE", competence(view, "D6.2").id());
		var cited = this.evidence.resolve("cell:NURSE/D6.2/2025/SK").orElseThrow();
		assertThat(cited.reference()).isEqualTo("NURSE/D6.2/2025/SK/" + view.id());
		assertThat(cited.title()).as("names the profession, not its code").startsWith("Nurse × D6.2");
		assertThat(this.evidence.resolve("profile:NURSE")).hasValueSatisfying(
				(profile) -> assertThat(profile.title()).as("names the profession, not its code").isEqualTo("Nurse"));
		assertThat(cited.figure())
			.isEqualTo(String.format(Locale.ROOT, "%.1f (n=%d)", nurses.meanLevel(), nurses.respondents()));
		assertThat(cited.href()).isEqualTo("/skills/map/cells/NURSE/D6.2?period=2025&country=SK&version=" + view.id());
		assertThat(this.evidence.resolve("cell:DOCTOR/D6.2/2025/SK")).as("a suppressed cell has no figure to cite")
			.isEmpty();
		assertThat(this.evidence.resolve("cell:NURSE/NO.SUCH/2025/SK")).isEmpty();

		this.mvc.perform(get(cited.href()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("n = 5")))
			.andExpect(content().string(containsString("D6.2")));
		this.mvc.perform(get("/skills/map/cells/DOCTOR/D6.2").param("period", "2025").param("country", "SK"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fewer than 5")));
		this.mvc.perform(get("/skills/map/cells/NURSE/NO.SUCH").param("period", "2025"))
			.andExpect(status().isNotFound());
	}

	@Test
	void csvFieldsThatLookLikeFormulasAreNeutralised() {
		// the map's CSV goes through the kernel's one writer (CsvWriterTests covers it
		// whole)
		assertThat(List.of("=HYPERLINK(\"x\")", "-1+cmd|' /C calc'!A0", "plain").stream().map(CsvWriter::cell))
			.containsExactly("'=HYPERLINK(\"x\")", "'-1+cmd|' /C calc'!A0", "plain");
		// a negative gap is a number, not a formula: it stays one
		assertThat(List.of("-0.25", "-1").stream().map(CsvWriter::cell)).containsExactly("-0.25", "-1");
	}

	/**
	 * Five nurses in home care (three rate every competence 2, two rate it 3), one nurse
	 * who has not submitted, and four doctors, all in the given country.
	 */
	void seed(String country) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 5; n++) {
				save(instrument, items, new Respondent("NURSE", country, "HOME_CARE", ExperienceBand.YEARS_2_5),
						(n < 3) ? 2 : 3, true);
			}
			save(instrument, items, new Respondent("NURSE", country, "HOME_CARE", ExperienceBand.YEARS_2_5), 1, false);
			for (int n = 0; n < 4; n++) {
				save(instrument, items, new Respondent("DOCTOR", country, "HOSPITAL", ExperienceBand.OVER_20), 4, true);
			}
		});
	}

	private void save(Long instrument, List<AssessmentItem> items, Respondent respondent, int selfRating,
			boolean submit) {
		Assessment assessment = Assessment.synthetic(instrument, respondent, MARCH.minusSeconds(3600));
		answerAll(assessment, items, selfRating);
		if (submit) {
			assessment.submit(MARCH, false);
		}
		this.assessments.save(assessment);
	}

	static void answerAll(Assessment assessment, List<AssessmentItem> items, int selfRating) {
		Map<Long, Integer> answers = new HashMap<>();
		items.forEach((i) -> answers.put(i.getId(), (i.getKind() == ItemKind.SELF_RATING) ? selfRating : 1));
		assessment.answer(answers);
	}

	private static MapFilter filter(String country) {
		return new MapFilter(country, null, null);
	}

	private RequestPostProcessor as(Role role) {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
	}

	static CompetenceView competence(FrameworkView view, String code) {
		return view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
