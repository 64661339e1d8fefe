package eu.dhso.cases.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.cases.domain.CaseStatus;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.Criteria;
import eu.dhso.cases.domain.Criterion;
import eu.dhso.cases.domain.CriterionKind;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.Indicator;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.InterviewCases;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.domain.StaffTraining;
import eu.dhso.cases.domain.TrainingMethod;
import eu.dhso.cases.domain.TrainingProvider;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.DemoContent;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.taxonomy.TrainingFormat;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demonstration interview cases from {@code demo/interview-cases-*.json}, taken through
 * the same workflow methods as real ones, in various states. A case whose title exists,
 * or whose organisation does not, is skipped, so loading is idempotent.
 */
@Component
class DemoInterviewCases implements DemoContent {

	static final List<String> RESOURCES = List.of("demo/interview-cases-1.json", "demo/interview-cases-2.json");

	static final String AUTHOR = "partner";

	static final String EDITOR = "editor";

	private final InterviewCases cases;

	private final PublishedCases published;

	private final OrganisationDirectory organisations;

	private final Criteria criteria;

	private final CompetenceIndex competences;

	private final JsonMapper json;

	DemoInterviewCases(InterviewCases cases, PublishedCases published, OrganisationDirectory organisations,
			Criteria criteria, CompetenceIndex competences, JsonMapper json) {
		this.cases = cases;
		this.published = published;
		this.organisations = organisations;
		this.criteria = criteria;
		this.competences = competences;
		this.json = json;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public int loadMissing() {
		Map<Long, CompetenceView> competencesById = this.competences.byId();
		List<Criterion> criteriaSet = this.criteria.findByActiveTrueOrderBySortOrder();
		int added = 0;
		int number = 0;
		for (DemoCase demo : read()) {
			number++;
			Optional<OrganisationSummary> organisation = this.organisations.byName(demo.organisation());
			if (organisation.isEmpty() || this.cases.existsByTitle(demo.title())) {
				continue;
			}
			load(demo, number, organisation.get(), competencesById, criteriaSet);
			added++;
		}
		return added;
	}

	private void load(DemoCase demo, int number, OrganisationSummary organisation,
			Map<Long, CompetenceView> competencesById, List<Criterion> criteriaSet) {
		LocalDate published = (demo.published() != null) ? demo.published() : LocalDate.of(2025, 11, 10);
		Clock created = at(published, -60);
		InterviewCase c = new InterviewCase(organisation.id(), organisation.countryCode(), demo.title(), AUTHOR,
				created);
		c.describeBasics(demo.title(), demo.summary(), demo.careSetting(),
				new ImplementationPeriod(demo.start(), demo.end()), ImplementationStage.valueOf(demo.stage()),
				demo.technologies(), demo.professions(), created);
		c.describeContext(demo.problem(), demo.solution(), created);
		c.describeOutcomes(demo.outcomes(), demo.barriers(), demo.enablers(), demo.lessons(), indicators(demo),
				created);
		c.listSkills(skills(demo, competencesById), created);
		c.describeTraining(training(demo, competencesById), created);
		c.recordInterview(new Interview(published.minusDays(75), "DHSO research team",
				"DHSO-CF-2025-%03d".formatted(number), ConsentScope.valueOf(demo.consent())), interviewees(demo),
				created);
		CaseStatus target = CaseStatus.valueOf(demo.status());
		Map<Long, String> codes = codes(competencesById);
		if (target != CaseStatus.DRAFT) {
			c.submit(AUTHOR, codes, at(published, -40));
		}
		if (target == CaseStatus.IN_REVIEW || target == CaseStatus.CHANGES_REQUESTED || target == CaseStatus.APPROVED
				|| target == CaseStatus.PUBLISHED) {
			c.startReview(EDITOR, at(published, -30));
		}
		if (target == CaseStatus.CHANGES_REQUESTED) {
			c.requestChanges(EDITOR, "Please add the baseline and the source of each indicator, and say how many"
					+ " patients took part.", at(published, -25));
		}
		if (demo.assessment() != null) {
			c.assess(criteriaSet, scores(demo.assessment(), criteriaSet), at(published, -20));
		}
		if (target == CaseStatus.APPROVED || target == CaseStatus.PUBLISHED) {
			c.approve(EDITOR, at(published, -10));
		}
		InterviewCase saved = this.cases.save(c);
		if (target == CaseStatus.PUBLISHED) {
			Clock publication = at(published, 0);
			saved.publish(EDITOR, publication);
			this.published.publish(saved, organisation.name(), competencesById,
					criteriaSet.stream().map(Criterion::getCode).toList(), publication.instant());
		}
	}

	/** Scores that give the intended label under the assessment rules. */
	private static List<CriterionScore> scores(String assessment, List<Criterion> criteriaSet) {
		String reason = "Judged by the editorial board from the interview, the indicators and the documents"
				+ " the partner supplied.";
		List<CriterionScore> scores = new ArrayList<>();
		int qualifier = 0;
		for (Criterion criterion : criteriaSet) {
			int score;
			if ("good".equals(assessment)) {
				score = (criterion.getKind() == CriterionKind.QUALIFIER && qualifier++ == 3) ? 2 : 3;
			}
			else {
				score = (criterion.getKind() == CriterionKind.QUALIFIER) ? ((qualifier++ == 0) ? 2 : 1) : 2;
			}
			scores.add(new CriterionScore(criterion.getCode(), score, reason));
		}
		return scores;
	}

	private static Clock at(LocalDate date, int days) {
		return Clock.fixed(date.atTime(10, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofDays(days)), ZoneOffset.UTC);
	}

	private static List<Indicator> indicators(DemoCase demo) {
		return demo.indicators()
			.stream()
			.map((i) -> new Indicator(i.get(0), i.get(1), i.get(2), i.get(3), i.get(4)))
			.toList();
	}

	private static List<SkillNeed> skills(DemoCase demo, Map<Long, CompetenceView> competencesById) {
		List<SkillNeed> skills = new ArrayList<>();
		for (List<Object> skill : demo.skills()) {
			String code = (String) skill.get(0);
			competencesById.values()
				.stream()
				.filter((c) -> c.code().equals(code))
				.findFirst()
				.ifPresent((c) -> skills
					.add(new SkillNeed(c.id(), ((Number) skill.get(1)).intValue(), (String) skill.get(2))));
		}
		return skills;
	}

	/**
	 * Method, format, hours (or null), provider and competence codes, as the form takes
	 * them.
	 */
	@SuppressWarnings("unchecked")
	private static List<StaffTraining> training(DemoCase demo, Map<Long, CompetenceView> competencesById) {
		List<StaffTraining> training = new ArrayList<>();
		for (List<Object> row : demo.training()) {
			List<Long> competences = ((List<String>) row.get(4)).stream()
				.flatMap((code) -> competencesById.values().stream().filter((c) -> c.code().equals(code)))
				.map(CompetenceView::id)
				.toList();
			training.add(new StaffTraining(TrainingMethod.valueOf((String) row.get(0)),
					TrainingFormat.valueOf((String) row.get(1)),
					(row.get(2) != null) ? ((Number) row.get(2)).intValue() : null,
					TrainingProvider.valueOf((String) row.get(3)), competences));
		}
		return training;
	}

	private static List<Interviewee> interviewees(DemoCase demo) {
		return demo.interviewees().stream().map((i) -> new Interviewee(i.get(0), i.get(1))).toList();
	}

	private static Map<Long, String> codes(Map<Long, CompetenceView> competencesById) {
		Map<Long, String> codes = new java.util.LinkedHashMap<>();
		competencesById.forEach((id, c) -> codes.put(id, c.code()));
		return codes;
	}

	private List<DemoCase> read() {
		List<DemoCase> all = new ArrayList<>();
		for (String resource : RESOURCES) {
			try (InputStream in = new ClassPathResource(resource).getInputStream()) {
				all.addAll(this.json.readValue(in, new TypeReference<List<DemoCase>>() {
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + resource, ex);
			}
		}
		return all;
	}

	record DemoCase(String title, String organisation, String summary, String careSetting, LocalDate start,
			LocalDate end, String stage, List<String> technologies, List<String> professions, String problem,
			String solution, String outcomes, String barriers, String enablers, String lessons,
			List<List<String>> indicators, List<List<Object>> skills, List<List<Object>> training,
			List<List<String>> interviewees, String consent, String status, LocalDate published, String assessment) {

		DemoCase {
			training = (training != null) ? training : List.of();
		}

	}

}
