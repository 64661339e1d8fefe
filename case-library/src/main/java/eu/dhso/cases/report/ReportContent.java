package eu.dhso.cases.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.dhso.cases.PublishedCase;

/**
 * The body of an Open Report as drafted from published cases: per technology trend, the
 * implications for each profession, the skills most often needed and the case abstracts.
 * A published report keeps this record as it was, so it holds titles and texts, not
 * references; with them it keeps its inputs, the ids of the cases it was drafted from, so
 * each figure can be computed again ({@link #figures()}).
 *
 * @param inputs the ids of the cases drafted from, ascending; null in reports published
 * before inputs were kept, whose abstracts name them
 */
public record ReportContent(int caseCount, List<CountryCount> countries, List<TechnologyTrend> technologies,
		List<ProfessionImplication> professions, List<SkillRank> skills, List<CaseAbstract> abstracts,
		List<Long> inputs, TrainingSummary training) {

	public ReportContent {
		// reports published before training was recorded have no summary of it
		training = (training != null) ? training : TrainingSummary.NONE;
	}

	static final int TOP_SKILLS = 10;

	static final int TOP_SKILLS_PER_PROFESSION = 5;

	public record CountryCount(String country, int cases) {
	}

	/** How often a technology occurs, where, with what labels and measured outcomes. */
	public record TechnologyTrend(String technology, int cases, List<CountryCount> countries, int goodPractices,
			int promisingPractices, List<Outcome> outcomes) {
	}

	public record Outcome(long caseId, String caseTitle, String name, String value, String unit, String baseline) {
	}

	/**
	 * What the cases mean for one profession: where it meets which technology, what it
	 * needs.
	 */
	public record ProfessionImplication(String profession, int cases, List<String> technologies,
			List<SkillRank> skills) {
	}

	/**
	 * A competence the cases needed: in how many cases, and the sum of its importance
	 * (1–3) over them, i.e. frequency × mean importance, by which skills are ranked.
	 */
	public record SkillRank(String competenceCode, String competenceTitle, int cases, int score) {

		public double meanImportance() {
			return (this.cases > 0) ? (double) this.score / this.cases : 0;
		}

	}

	/**
	 * How staff were trained in the cases: how many cases recorded their training, and in
	 * how many cases each method, format and kind of provider occurs. Counts of cases,
	 * not of people, so no group is too small to show.
	 */
	public record TrainingSummary(int cases, List<TrainingCount> methods, List<TrainingCount> formats,
			List<TrainingCount> providers) {

		static final TrainingSummary NONE = new TrainingSummary(0, List.of(), List.of(), List.of());

		static TrainingSummary of(List<PublishedCase> cases) {
			List<PublishedCase> trained = cases.stream().filter((c) -> !c.training().isEmpty()).toList();
			return new TrainingSummary(trained.size(), count(trained, PublishedCase.Training::method),
					count(trained, PublishedCase.Training::format),
					count(trained, PublishedCase.Training::deliveredBy));
		}

		/**
		 * Cases per code (a case using a method twice counts once), most frequent first.
		 */
		private static List<TrainingCount> count(List<PublishedCase> cases,
				Function<PublishedCase.Training, String> code) {
			Map<String, Long> byCode = cases.stream()
				.flatMap((c) -> c.training().stream().map(code).distinct())
				.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
			return byCode.entrySet()
				.stream()
				.map((e) -> new TrainingCount(e.getKey(), e.getValue().intValue()))
				.sorted(Comparator.comparingInt(TrainingCount::cases).reversed().thenComparing(TrainingCount::code))
				.toList();
		}

	}

	/** A method, format or provider code and the number of cases with it. */
	public record TrainingCount(String code, int cases) {
	}

	public record CaseAbstract(long caseId, String title, String country, String organisation,
			List<String> technologies, String label, String summary, String outcomes) {
	}

	/**
	 * Drafts the report from the cases in scope. With technologies chosen, the trends
	 * cover only those; otherwise every technology that occurs.
	 */
	public static ReportContent draft(List<PublishedCase> cases, ReportScope scope) {
		List<CountryCount> countries = counts(cases.stream().map(PublishedCase::countryCode).toList());
		Map<String, List<PublishedCase>> byTechnology = group(cases, PublishedCase::technologies);
		if (!scope.technologies().isEmpty()) {
			byTechnology.keySet().retainAll(scope.technologies());
		}
		List<TechnologyTrend> trends = byTechnology.entrySet()
			.stream()
			.map((e) -> trend(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingInt(TechnologyTrend::cases)
				.reversed()
				.thenComparing(TechnologyTrend::technology))
			.toList();
		List<ProfessionImplication> professions = group(cases, PublishedCase::professions).entrySet()
			.stream()
			.map((e) -> new ProfessionImplication(e.getKey(), e.getValue().size(),
					counts(e.getValue().stream().flatMap((c) -> c.technologies().stream()).toList()).stream()
						.map(CountryCount::country)
						.toList(),
					rank(e.getValue(), TOP_SKILLS_PER_PROFESSION)))
			.sorted(Comparator.comparingInt(ProfessionImplication::cases)
				.reversed()
				.thenComparing(ProfessionImplication::profession))
			.toList();
		List<CaseAbstract> abstracts = cases.stream()
			.sorted(Comparator.comparing(PublishedCase::publishedAt).reversed())
			.map((c) -> new CaseAbstract(c.id(), c.title(), c.countryCode(), c.organisationName(), c.technologies(),
					c.label(), c.summary(), c.outcomes()))
			.toList();
		return new ReportContent(cases.size(), countries, trends, professions, rank(cases, TOP_SKILLS), abstracts,
				cases.stream().map(PublishedCase::id).sorted().toList(), TrainingSummary.of(cases));
	}

	/**
	 * This body with a case's consent narrowed: its organisation left out, or, when the
	 * case left the public library, its abstract and outcomes too. The counts stay: they
	 * name no one.
	 */
	ReportContent withConsentNarrowed(long caseId, boolean offline) {
		List<TechnologyTrend> trends = this.technologies.stream()
			.map((t) -> new TechnologyTrend(t.technology(), t.cases(), t.countries(), t.goodPractices(),
					t.promisingPractices(),
					t.outcomes().stream().filter((o) -> !offline || o.caseId() != caseId).toList()))
			.toList();
		List<CaseAbstract> kept = this.abstracts.stream()
			.filter((a) -> !offline || a.caseId() != caseId)
			.map((a) -> (a.caseId() != caseId) ? a
					: new CaseAbstract(a.caseId(), a.title(), a.country(), null, a.technologies(), a.label(),
							a.summary(), a.outcomes()))
			.toList();
		return new ReportContent(this.caseCount, this.countries, trends, this.professions, this.skills, kept,
				this.inputs, this.training);
	}

	/** The ids of the cases the figures were computed from. */
	public List<Long> inputIds() {
		return (this.inputs != null) ? this.inputs
				: this.abstracts.stream().map(CaseAbstract::caseId).sorted().toList();
	}

	/**
	 * Every figure of the report by name ({@code countries/IT},
	 * {@code technology/EHR/cases}, {@code skill/S1.2/score}, ...), as the page prints
	 * it: what verification computes again from the inputs.
	 */
	public Map<String, String> figures() {
		Map<String, String> figures = new TreeMap<>();
		figures.put("cases", String.valueOf(this.caseCount));
		this.countries.forEach((c) -> figures.put("countries/" + c.country(), String.valueOf(c.cases())));
		for (TechnologyTrend t : this.technologies) {
			figures.put("technology/" + t.technology() + "/cases", String.valueOf(t.cases()));
			figures.put("technology/" + t.technology() + "/good", String.valueOf(t.goodPractices()));
			figures.put("technology/" + t.technology() + "/promising", String.valueOf(t.promisingPractices()));
			t.countries()
				.forEach((c) -> figures.put("technology/" + t.technology() + "/" + c.country(),
						String.valueOf(c.cases())));
		}
		for (ProfessionImplication p : this.professions) {
			figures.put("profession/" + p.profession() + "/cases", String.valueOf(p.cases()));
			p.skills()
				.forEach((s) -> figures.put("profession/" + p.profession() + "/skill/" + s.competenceCode(),
						s.cases() + " × " + s.score()));
		}
		this.skills.forEach((s) -> figures.put("skill/" + s.competenceCode(), s.cases() + " × " + s.score()));
		if (this.training.cases() > 0) {
			figures.put("training/cases", String.valueOf(this.training.cases()));
			this.training.methods()
				.forEach((c) -> figures.put("training/method/" + c.code(), String.valueOf(c.cases())));
			this.training.formats()
				.forEach((c) -> figures.put("training/format/" + c.code(), String.valueOf(c.cases())));
			this.training.providers()
				.forEach((c) -> figures.put("training/provider/" + c.code(), String.valueOf(c.cases())));
		}
		return figures;
	}

	/** Whether the body shows anything of the case by name or text. */
	boolean mentions(long caseId) {
		return this.abstracts.stream().anyMatch((a) -> a.caseId() == caseId) || this.technologies.stream()
			.anyMatch((t) -> t.outcomes().stream().anyMatch((o) -> o.caseId() == caseId));
	}

	private static TechnologyTrend trend(String technology, List<PublishedCase> cases) {
		List<Outcome> outcomes = new ArrayList<>();
		for (PublishedCase c : cases) {
			for (PublishedCase.Indicator i : c.indicators()) {
				outcomes.add(new Outcome(c.id(), c.title(), i.name(), i.value(), i.unit(), i.baseline()));
			}
		}
		return new TechnologyTrend(technology, cases.size(),
				counts(cases.stream().map(PublishedCase::countryCode).toList()),
				(int) cases.stream().filter((c) -> "GOOD_PRACTICE".equals(c.label())).count(),
				(int) cases.stream().filter((c) -> "PROMISING_PRACTICE".equals(c.label())).count(), outcomes);
	}

	/** Competences ranked by frequency × importance, then by frequency, then by code. */
	static List<SkillRank> rank(Collection<PublishedCase> cases, int limit) {
		Map<String, int[]> totals = new TreeMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		for (PublishedCase c : cases) {
			// a competence listed twice in one case counts once, with its highest
			// importance
			Map<String, Integer> perCase = new LinkedHashMap<>();
			for (PublishedCase.Skill s : c.skills()) {
				if (s.competenceCode() != null) {
					perCase.merge(s.competenceCode(), s.importance(), Math::max);
					titles.putIfAbsent(s.competenceCode(), s.competenceTitle());
				}
			}
			perCase.forEach((code, importance) -> {
				int[] total = totals.computeIfAbsent(code, (k) -> new int[2]);
				total[0]++;
				total[1] += importance;
			});
		}
		return totals.entrySet()
			.stream()
			.map((e) -> new SkillRank(e.getKey(), titles.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparingInt(SkillRank::score)
				.reversed()
				.thenComparing(Comparator.comparingInt(SkillRank::cases).reversed())
				.thenComparing(SkillRank::competenceCode))
			.limit(limit)
			.toList();
	}

	private static Map<String, List<PublishedCase>> group(List<PublishedCase> cases,
			Function<PublishedCase, List<String>> keys) {
		Map<String, List<PublishedCase>> groups = new TreeMap<>();
		for (PublishedCase c : cases) {
			for (String key : keys.apply(c)) {
				groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(c);
			}
		}
		return groups;
	}

	/** Values with their number of occurrences, most frequent first. */
	private static List<CountryCount> counts(List<String> values) {
		return values.stream()
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
			.entrySet()
			.stream()
			.map((e) -> new CountryCount(e.getKey(), e.getValue().intValue()))
			.sorted(Comparator.comparingInt(CountryCount::cases).reversed().thenComparing(CountryCount::country))
			.toList();
	}

}
