package eu.dhso.guidelines.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.LongStream;

import eu.dhso.cases.CaseLibrary;
import eu.dhso.core.DemoContent;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.Event;
import eu.dhso.guidelines.guideline.GuidelineTranslating;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.RecommendationLines;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.NetworkMember;
import eu.dhso.guidelines.network.Sector;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.ReportDocument;

import org.springframework.stereotype.Component;

/**
 * Demonstration content of the observatory: two published guidelines (one in two
 * versions), a draft open for consultation, a year of indicators for every partner
 * country and one published report that embeds them. Evidence cites demo cases that
 * exist, so every link resolves.
 */
@Component
class DemoObservatory implements DemoContent {

	static final List<String> COUNTRIES = List.of("CY", "GR", "HU", "IT", "LT", "RO", "DK", "MT", "ES");

	static final String ACTOR = "demo";

	private final GuidelinePublishing guidelines;

	private final ReportPublishing reports;

	private final IndicatorSeries indicators;

	private final CaseLibrary cases;

	private final Network network;

	private final EventCalendar events;

	private final EvidenceCatalogue evidence;

	private final GuidelineTranslating translating;

	DemoObservatory(GuidelinePublishing guidelines, ReportPublishing reports, IndicatorSeries indicators,
			CaseLibrary cases, Network network, EventCalendar events, EvidenceCatalogue evidence,
			GuidelineTranslating translating) {
		this.translating = translating;
		this.evidence = evidence;
		this.guidelines = guidelines;
		this.reports = reports;
		this.indicators = indicators;
		this.cases = cases;
		this.network = network;
		this.events = events;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public int loadMissing() {
		int added = 0;
		added += loadNetwork();
		added += loadEvents();
		if (this.indicators.series("policy.strategy-coverage", COUNTRIES.get(0)).isEmpty()) {
			added += loadIndicators();
		}
		// the report first, so that the guidelines can cite it
		if (!this.reports.exists(REPORT)) {
			long id = this.reports.create(REPORT, report(publishedCaseIds()), ACTOR);
			this.reports.publish(id, ACTOR);
			added++;
		}
		if (!this.guidelines.exists(HOSPITALS)) {
			added += loadHospitalGuideline(publishedCaseIds());
		}
		if (!this.guidelines.exists(EDUCATION)) {
			this.guidelines.create(EDUCATION, education(publishedCaseIds()), ACTOR);
			this.guidelines.publish(EDUCATION, "First edition.", ACTOR);
			added++;
		}
		if (!this.guidelines.exists(POLICY)) {
			this.guidelines.create(POLICY, policy(), ACTOR);
			this.guidelines.setConsultation(POLICY, true, ACTOR);
			added++;
		}
		return added;
	}

	/**
	 * The citations, among these, whose evidence is public here: demo skills-map cells
	 * need enough synthetic respondents, demo cases must be published, so a demo without
	 * either still loads and every citation it shows resolves.
	 */
	private String citable(String... tokens) {
		return Stream.of(tokens)
			.filter((token) -> this.evidence.resolve(token).isPresent())
			.collect(Collectors.joining(" "));
	}

	/**
	 * Demonstration members: name, type, sector, country; each pledges one commitment.
	 */
	static final String[][] MEMBERS = { { "Nicosia General Hospital", "HOSPITAL", "PUBLIC", "CY" },
			{ "Cyprus Health Informatics Society", "ASSOCIATION", "PRIVATE", "CY" },
			{ "Attica Regional Health Authority", "HEALTH_AUTHORITY", "PUBLIC", "GR" },
			{ "University of Thessaly Nursing School", "UNIVERSITY", "PUBLIC", "GR" },
			{ "Hellenic eHealth Solutions", "TECHNOLOGY_PROVIDER", "PRIVATE", "GR" },
			{ "Debrecen Clinical Centre", "HOSPITAL", "PUBLIC", "HU" },
			{ "Budapest Digital Health Academy", "TRAINING_PROVIDER", "PRIVATE", "HU" },
			{ "Lombardy Health Training Agency", "TRAINING_PROVIDER", "PUBLIC", "IT" },
			{ "Naples University Hospital", "HOSPITAL", "PUBLIC", "IT" },
			{ "Italian Telemedicine Association", "ASSOCIATION", "PRIVATE", "IT" },
			{ "Vilnius Santaros Health Campus", "HOSPITAL", "PUBLIC", "LT" },
			{ "Kaunas Health Sciences Faculty", "UNIVERSITY", "PUBLIC", "LT" },
			{ "Cluj Digital Care Institute", "TRAINING_PROVIDER", "PRIVATE", "RO" },
			{ "Bucharest County Health Directorate", "HEALTH_AUTHORITY", "PUBLIC", "RO" },
			{ "Odense Welfare Technology Cluster", "ASSOCIATION", "PRIVATE", "DK" },
			{ "Southern Denmark Hospital Trust", "HOSPITAL", "PUBLIC", "DK" },
			{ "Mater Dei Learning Centre", "HOSPITAL", "PUBLIC", "MT" },
			{ "Malta Health Tech Start-ups", "TECHNOLOGY_PROVIDER", "PRIVATE", "MT" },
			{ "Valencia Health Innovation Hub", "TECHNOLOGY_PROVIDER", "PRIVATE", "ES" },
			{ "Andalusian Public Health School", "UNIVERSITY", "PUBLIC", "ES" },
			{ "Basque Nursing Council", "ASSOCIATION", "PUBLIC", "ES" },
			{ "Rhodes Primary Care Network", "HEALTH_AUTHORITY", "PUBLIC", "GR" } };

	private int loadNetwork() {
		int added = 0;
		for (int i = 0; i < MEMBERS.length; i++) {
			String[] m = MEMBERS[i];
			if (this.network.nameTaken(m[0])) {
				continue;
			}
			long id = this.network
				.apply(new NetworkMember.Application(m[0], OrganisationType.valueOf(m[1]), Sector.valueOf(m[2]), m[3],
						null, null, "Network contact", "contact@example.org", "Director"))
				.orElseThrow();
			this.network.decide(id, true, null, ACTOR);
			long pledge = this.network.pledge(id, "Train staff in digital communication with patients",
					"Staff who completed the training", BigDecimal.valueOf(40 + (i % 5) * 20),
					LocalDate.now().plusMonths(6 + i % 12), ACTOR);
			this.network.progress(id, pledge, LocalDate.now().minusMonths(2), BigDecimal.valueOf(5 + i), null, ACTOR);
			this.network.progress(id, pledge, LocalDate.now().minusDays(10), BigDecimal.valueOf(12 + 2L * i),
					"Second training round finished.", ACTOR);
			added += 4;
		}
		return added;
	}

	/** The five national multiplier events and the final conference. */
	private int loadEvents() {
		int added = 0;
		String[][] planned = { { "multiplier-event-cyprus", "CY", "Nicosia", "-60" },
				{ "multiplier-event-greece", "GR", "Athens", "-30" },
				{ "multiplier-event-hungary", "HU", "Budapest", "20" },
				{ "multiplier-event-lithuania", "LT", "Vilnius", "45" },
				{ "multiplier-event-romania", "RO", "Cluj-Napoca", "70" },
				{ "final-conference", "IT", "Rome", "120" } };
		for (String[] e : planned) {
			if (this.events.exists(e[0])) {
				continue;
			}
			boolean conference = e[0].equals("final-conference");
			java.time.Instant start = LocalDate.now()
				.plusDays(Long.parseLong(e[3]))
				.atTime(9, 0)
				.toInstant(java.time.ZoneOffset.UTC);
			this.events.create(new Event.NewEvent(e[0],
					conference ? "Final conference of the Digital Health Skills Observatory"
							: "National multiplier event, " + e[2],
					conference ? EventKind.FINAL_CONFERENCE : EventKind.MULTIPLIER_EVENT, e[1], start,
					start.plus(java.time.Duration.ofHours(conference ? 32 : 7)), e[2], null,
					"- Welcome and the observatory's aims\n- Interview cases from the country\n"
							+ "- The skills map and the learning lab\n- Discussion of the guidelines",
					conference ? 200 : 60), ACTOR);
			added++;
		}
		return added;
	}

	/** A finished demo pilot's evaluation to cite, or an unknown one if none finished. */
	private String pilot() {
		return this.evidence.search(EvidenceKind.PILOT_EVALUATION, "", 1)
			.stream()
			.map(CitedEvidence::token)
			.findFirst()
			.orElse("pilot:0");
	}

	/** A few published demo cases to cite; their public pages keep their address. */
	private List<Long> publishedCaseIds() {
		return LongStream.rangeClosed(1, 300)
			.filter((id) -> this.cases.findPublished(id).isPresent())
			.limit(3)
			.boxed()
			.toList();
	}

	private int loadIndicators() {
		int added = 0;
		YearMonth now = YearMonth.now();
		for (int back = 11; back >= 0; back--) {
			YearMonth month = now.minusMonths(back);
			LocalDate periodEnd = month.atEndOfMonth();
			added += this.indicators.collect(periodEnd);
			int step = 11 - back;
			for (int c = 0; c < COUNTRIES.size(); c++) {
				String country = COUNTRIES.get(c);
				// deterministic, slowly rising policy figures, different per country
				this.indicators.store(periodEnd,
						new IndicatorValue("policy.strategy-coverage", country, null,
								BigDecimal.valueOf(20 + c * 6 + step * 2L), 1, false),
						IndicatorSeries.POLICY, "National health ministry survey of regions (demonstration figure)");
				this.indicators.store(periodEnd,
						new IndicatorValue("policy.training-budget-share", country, null,
								BigDecimal.valueOf(3 + (c % 4) + step / 3), 1, false),
						IndicatorSeries.POLICY, "Annual training budget reports (demonstration figure)");
				added += 2;
			}
		}
		return added;
	}

	static final String HOSPITALS = "soft-skills-training-in-hospitals";

	static final String EDUCATION = "digital-health-skills-in-education";

	static final String POLICY = "national-digital-upskilling-policy";

	static final String REPORT = "state-of-digital-health-skills-2026";

	private int loadHospitalGuideline(List<Long> caseIds) {
		GuidelineDocument first = new GuidelineDocument("Embedding soft-skills training in hospitals",
				Audience.HEALTHCARE_ORGANISATIONS,
				"How hospitals can make communication, teamwork and change skills part of every digital project.",
				"""
						## Why soft skills decide digital projects
						Interviews with the people behind successful implementations show the same pattern: the technology worked once staff could explain it to patients and to each other.

						## Start from the role profile
						Use the role profiles of the skills map to agree what each profession needs before training starts.

						## Train in real settings
						Short sessions on the ward, with real cases, beat long courses far from practice.
						""",
				RecommendationLines.parse(recommendations(caseIds, false)));
		this.guidelines.create(HOSPITALS, first, ACTOR);
		this.guidelines.publish(HOSPITALS, "First edition.", ACTOR);
		GuidelineDocument second = new GuidelineDocument(first.title(), first.audience(),
				"How hospitals can make communication, teamwork and change skills part of every digital project, from governance to monitoring.",
				first.body()
					.replace("Short sessions on the ward, with real cases, beat long courses far from practice.",
							"Short sessions on the ward, with real cases, beat long courses far from practice.\n"
									+ "Name digital change agents in every team to keep the practice going.")
						+ "\n## Measure what changes\nRepeat the self-assessment after training and publish the aggregated gain.\n",
				RecommendationLines.parse(recommendations(caseIds, true)),
				// the second edition names the hospital professions it speaks to
				List.of("NURSE", "DOCTOR", "PHYSIOTHERAPIST", "OCCUPATIONAL_THERAPIST", "DIETICIAN"));
		this.guidelines.saveDraft(HOSPITALS, second, this.guidelines.draft(HOSPITALS).orElseThrow().version(), ACTOR);
		this.guidelines.publish(HOSPITALS, "Adds digital change agents and a section on measuring the gain.", ACTOR);
		this.translating.translateTitle(HOSPITALS, "el",
				"Ενσωμάτωση της εκπαίδευσης σε ήπιες δεξιότητες στα νοσοκομεία", ACTOR);
		this.translating.translateTitle(HOSPITALS, "it",
				"Integrare la formazione sulle competenze trasversali negli ospedali", ACTOR);
		return 2;
	}

	private String recommendations(List<Long> caseIds, boolean second) {
		String[] cases = caseIds.stream().limit(2).map((id) -> "case:" + id).toArray(String[]::new);
		List<String> lines = new ArrayList<>();
		lines.add("Agree the expected communication levels per profession before choosing training | "
				+ citable("cell:NURSE/S1.1", "cell:DOCTOR/S1.2", "profile:NURSE"));
		lines.add("Plan training together with the people who implement the technology | " + citable(cases));
		if (second) {
			lines.add("Evaluate the learning gain of every pilot cohort and report it openly | "
					+ citable("report:" + REPORT, "indicator:skills.role-profiles", pilot()));
		}
		return String.join("\n", lines);
	}

	private GuidelineDocument education(List<Long> caseIds) {
		String[] cases = caseIds.stream().skip(1).limit(2).map((id) -> "case:" + id).toArray(String[]::new);
		return new GuidelineDocument("Digital-health skills in education and training", Audience.EDUCATION_PROVIDERS,
				"What universities and training providers can take from the observatory's evidence.", """
						## Build on a shared framework
						Describe learning outcomes with the competences and levels of the observatory's framework.

						## Learn from practice
						Use published interview cases as teaching material: they show real barriers and enablers.
						""",
				RecommendationLines.parse("Map every course to the framework's competences | "
						+ citable("cell:NURSE/S1.3", "guideline:" + HOSPITALS + "@1") + "\n"
						+ "Use interview cases in class | " + citable(cases)),
				List.of("NURSE", "DOCTOR", "PHARMACIST", "SOCIAL_CARE_ASSISTANT", "TRAINING_PROVIDER"));
	}

	private static GuidelineDocument policy() {
		return new GuidelineDocument("A national policy for digital upskilling in health care", Audience.POLICY_MAKERS,
				"A draft for consultation with the observatory's partners.", """
						## Governance
						Give one body the mandate to coordinate digital upskilling across health and education.

						## Monitoring
						Track the lifecycle indicators every year and publish them openly.
						""", List.of(), List.of("HEALTHCARE_MANAGER"));
	}

	/**
	 * The demo report, with embeds and citations only where their evidence is public
	 * here, since publishing refuses the others.
	 */
	private ReportDocument report(List<Long> caseIds) {
		String body = REPORT_BODY.formatted(
				caseIds.stream().limit(1).map((id) -> "case:" + id).findFirst().orElse("case:0"), "cell:NURSE/S1.1",
				"profile:NURSE", pilot());
		String checked = body.lines()
			.filter((line) -> !line.startsWith("{{")
					|| this.reports.unknownEvidence(new ReportDocument("t", null, line)).isEmpty())
			.collect(Collectors.joining("\n"));
		return new ReportDocument("The state of digital-health skills 2026",
				"The observatory's yearly view of evidence, skills and policy across the partner countries.", checked);
	}

	private static final String REPORT_BODY = """
			## Evidence from practice
			Partners interviewed the people behind successful digital-health implementations.

			{{indicator:cases.published}}

			{{cite:%s}}

			## Skills of professionals
			Professionals assessed their own competences against the role profiles.

			{{indicator:skills.professionals-assessed}}

			{{cite:%s}}

			{{cite:%s}}

			## Training
			The learning lab ran pilot cohorts and evaluated what participants gained.

			{{cite:%s}}

			## Policy
			Regions with a digital-skills strategy for health staff:

			{{indicator:policy.strategy-coverage}}
			""";

}
