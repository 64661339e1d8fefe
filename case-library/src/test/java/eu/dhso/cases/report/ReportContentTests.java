package eu.dhso.cases.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCase.Indicator;
import eu.dhso.cases.PublishedCase.Skill;
import eu.dhso.cases.report.ReportContent.SkillRank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContentTests {

	static final ReportScope ALL = new ReportScope(null, null, List.of(), List.of());

	static PublishedCase publishedCase(long id, String country, List<String> technologies, List<String> professions,
			String label, List<Skill> skills) {
		return new PublishedCase(id, "Case " + id, "Summary " + id, "Org " + id, country, "HOSPITAL", "PILOT",
				LocalDate.of(2024, 1, 1), null, technologies, professions, "p", "s", "Outcomes " + id, null, null, null,
				List.of(new Indicator("Admissions", "12", "%", "18", "Stats")), skills, List.of(), null, null, label,
				List.of(), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(id), List.of());
	}

	static PublishedCase trainedCase(long id, PublishedCase.Training... training) {
		PublishedCase c = publishedCase(id, "IT", List.of("EHR"), List.of("NURSE"), null, List.of());
		return new PublishedCase(c.id(), c.title(), c.summary(), c.organisationName(), c.countryCode(), c.careSetting(),
				c.stage(), c.periodStart(), c.periodEnd(), c.technologies(), c.professions(), c.problem(), c.solution(),
				c.outcomes(), c.barriers(), c.enablers(), c.lessonsLearned(), c.indicators(), c.skills(),
				c.interviewees(), c.interviewDate(), c.references(), c.label(), c.scores(), c.publishedAt(),
				List.of(training));
	}

	static PublishedCase.Training training(String method, String format, String provider) {
		return new PublishedCase.Training(method, format, 8, provider, List.of());
	}

	@Test
	void trainingMethodsAreSummarisedAsCountsOfCasesEachCaseOnce() {
		ReportContent content = ReportContent.draft(List.of(
				trainedCase(1, training("FORMAL_COURSE", "WORKSHOP", "VENDOR"),
						training("FORMAL_COURSE", "ELEARNING", "VENDOR")),
				trainedCase(2, training("CHAMPIONS_NETWORK", "PEER_EXCHANGE", "PEER_CHAMPION"),
						training("FORMAL_COURSE", "WORKSHOP", "IN_HOUSE_TRAINER")),
				trainedCase(3)), ALL);
		ReportContent.TrainingSummary summary = content.training();
		assertThat(summary.cases()).isEqualTo(2);
		// a case that used a method twice counts once for it
		assertThat(summary.methods()).containsExactly(new ReportContent.TrainingCount("FORMAL_COURSE", 2),
				new ReportContent.TrainingCount("CHAMPIONS_NETWORK", 1));
		assertThat(summary.formats()).containsExactly(new ReportContent.TrainingCount("WORKSHOP", 2),
				new ReportContent.TrainingCount("ELEARNING", 1), new ReportContent.TrainingCount("PEER_EXCHANGE", 1));
		assertThat(summary.providers()).containsExactly(new ReportContent.TrainingCount("IN_HOUSE_TRAINER", 1),
				new ReportContent.TrainingCount("PEER_CHAMPION", 1), new ReportContent.TrainingCount("VENDOR", 1));
	}

	@Test
	void aReportPublishedBeforeTrainingWasRecordedReadsWithAnEmptySummary() {
		ReportContent old = new ReportContentConverter().convertToEntityAttribute(
				"{\"caseCount\":0,\"countries\":[],\"technologies\":[],\"professions\":[],\"skills\":[],\"abstracts\":[]}");
		assertThat(old.training().cases()).isZero();
		assertThat(old.training().methods()).isEmpty();
	}

	static Skill skill(String code, int importance) {
		return new Skill(1L, code, "Title " + code, importance, null);
	}

	@Test
	void skillsAreRankedByFrequencyTimesImportance() {
		// D1 in three cases of importance 1 (score 3), D2 in two of importance 3 (score
		// 6),
		// D3 in one of importance 2 (score 2)
		List<PublishedCase> cases = List.of(
				publishedCase(1, "IT", List.of("EHR"), List.of("NURSE"), null, List.of(skill("D1", 1), skill("D2", 3))),
				publishedCase(2, "CY", List.of("EHR"), List.of("NURSE"), null, List.of(skill("D1", 1), skill("D2", 3))),
				publishedCase(3, "CY", List.of("TELEHEALTH"), List.of("DOCTOR"), null,
						List.of(skill("D1", 1), skill("D3", 2))));
		List<SkillRank> ranking = ReportContent.draft(cases, ALL).skills();
		assertThat(ranking).extracting(SkillRank::competenceCode).containsExactly("D2", "D1", "D3");
		assertThat(ranking.get(0).cases()).isEqualTo(2);
		assertThat(ranking.get(0).score()).isEqualTo(6);
		assertThat(ranking.get(0).meanImportance()).isEqualTo(3.0);
	}

	@Test
	void aCompetenceListedTwiceInOneCaseCountsOnceWithItsHighestImportance() {
		List<SkillRank> ranking = ReportContent.draft(List.of(publishedCase(1, "IT", List.of("EHR"), List.of("NURSE"),
				null, List.of(skill("D1", 1), skill("D1", 3)))), ALL)
			.skills();
		assertThat(ranking).singleElement().satisfies((s) -> {
			assertThat(s.cases()).isEqualTo(1);
			assertThat(s.score()).isEqualTo(3);
		});
	}

	@Test
	void eachTechnologyTrendCountsItsCasesCountriesLabelsAndOutcomes() {
		List<PublishedCase> cases = List.of(
				publishedCase(1, "IT", List.of("EHR", "TELEHEALTH"), List.of("NURSE"), "GOOD_PRACTICE", List.of()),
				publishedCase(2, "CY", List.of("EHR"), List.of("NURSE"), "PROMISING_PRACTICE", List.of()),
				publishedCase(3, "CY", List.of("EHR"), List.of("DOCTOR"), null, List.of()));
		ReportContent content = ReportContent.draft(cases, ALL);
		assertThat(content.caseCount()).isEqualTo(3);
		assertThat(content.technologies()).extracting(ReportContent.TechnologyTrend::technology)
			.containsExactly("EHR", "TELEHEALTH");
		ReportContent.TechnologyTrend ehr = content.technologies().get(0);
		assertThat(ehr.cases()).isEqualTo(3);
		assertThat(ehr.countries()).containsExactly(new ReportContent.CountryCount("CY", 2),
				new ReportContent.CountryCount("IT", 1));
		assertThat(ehr.goodPractices()).isEqualTo(1);
		assertThat(ehr.promisingPractices()).isEqualTo(1);
		assertThat(ehr.outcomes()).hasSize(3).allSatisfy((o) -> assertThat(o.name()).isEqualTo("Admissions"));
		assertThat(content.professions()).extracting(ReportContent.ProfessionImplication::profession)
			.containsExactly("NURSE", "DOCTOR");
		assertThat(content.professions().get(0).technologies()).containsExactly("EHR", "TELEHEALTH");
		assertThat(content.abstracts()).extracting(ReportContent.CaseAbstract::caseId).containsExactly(3L, 2L, 1L);
	}

	@Test
	void withTechnologiesChosenOnlyTheirTrendsAreDrafted() {
		List<PublishedCase> cases = List
			.of(publishedCase(1, "IT", List.of("EHR", "TELEHEALTH"), List.of("NURSE"), null, List.of()));
		ReportContent content = ReportContent.draft(cases,
				new ReportScope(null, null, List.of(), List.of("TELEHEALTH")));
		assertThat(content.technologies()).extracting(ReportContent.TechnologyTrend::technology)
			.containsExactly("TELEHEALTH");
	}

	@Test
	void aPublishedReportKeepsItsInputsAndItsFiguresFollowFromThemAgain() {
		List<PublishedCase> cases = List.of(
				publishedCase(2, "CY", List.of("EHR"), List.of("NURSE"), "GOOD_PRACTICE", List.of(skill("D1", 2))),
				publishedCase(1, "IT", List.of("EHR", "TELEHEALTH"), List.of("DOCTOR"), null, List.of(skill("D2", 3))));
		ReportContent published = ReportContent.draft(cases, ALL);
		assertThat(published.inputIds()).containsExactly(1L, 2L);
		assertThat(published.figures()).containsEntry("cases", "2")
			.containsEntry("countries/CY", "1")
			.containsEntry("technology/EHR/good", "1")
			.containsEntry("skill/D2", "1 × 3");
		// the same inputs in another order give the same figures; a changed input does
		// not
		assertThat(ReportContent.draft(List.of(cases.get(1), cases.get(0)), ALL).figures())
			.isEqualTo(published.figures());
		assertThat(ReportContent.draft(List.of(cases.get(0)), ALL).figures()).isNotEqualTo(published.figures());
		// consent narrowed later keeps the inputs: the counts name no one
		assertThat(published.withConsentNarrowed(1, true).inputIds()).containsExactly(1L, 2L);
	}

	@Test
	void aReportPublishedBeforeInputsWereKeptNamesThemByItsAbstracts() {
		ReportContent published = ReportContent
			.draft(List.of(publishedCase(5, "IT", List.of("EHR"), List.of("NURSE"), null, List.of())), ALL);
		ReportContent older = new ReportContent(published.caseCount(), published.countries(), published.technologies(),
				published.professions(), published.skills(), published.abstracts(), null, null);
		assertThat(older.inputIds()).containsExactly(5L);
	}

}
