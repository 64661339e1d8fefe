package eu.dhso.cases.library;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;

/** Derives what the public may see of a case from its consent scope. */
final class PublicVersion {

	private PublicVersion() {
	}

	static PublishedCase of(InterviewCase source, String organisationName, Map<Long, CompetenceView> competences,
			List<String> criterionOrder, Instant publishedAt) {
		ConsentScope scope = source.interview().consentScope();
		if (scope == null || !scope.allowsPublication()) {
			throw new IllegalStateException("Case " + source.getId() + " has no consent to publish");
		}
		boolean named = scope == ConsentScope.PUBLIC;
		var narrative = source.narrative();
		return new PublishedCase(source.getId(), source.getTitle(), source.getSummary(),
				named ? organisationName : null, source.getCountryCode(), source.getCareSetting(),
				(source.getStage() != null) ? source.getStage().name() : null, source.period().start(),
				source.period().end(), source.technologyCodes(), source.professionCodes(), narrative.problem(),
				narrative.solution(), narrative.outcomes(), narrative.barriers(), narrative.enablers(),
				narrative.lessonsLearned(),
				source.getIndicators()
					.stream()
					.map((i) -> new PublishedCase.Indicator(i.name(), i.value(), i.unit(), i.baseline(), i.source()))
					.toList(),
				source.getSkills().stream().map((s) -> {
					CompetenceView competence = competences.get(s.competenceId());
					return new PublishedCase.Skill(s.competenceId(), (competence != null) ? competence.code() : null,
							(competence != null) ? competence.title() : null, s.importance(), s.note());
				}).toList(),
				source.getInterviewees()
					.stream()
					.map((i) -> new PublishedCase.Interviewee(i.role(), named ? i.name() : null))
					.toList(),
				source.interview().date(), source.getReferenceLinks(), source.label().map(Enum::name).orElse(null),
				source.getScores()
					.stream()
					.sorted(Comparator.comparingInt((s) -> criterionOrder.indexOf(s.criterionCode())))
					.map((s) -> new PublishedCase.Score(s.criterionCode(), s.score(), s.justification()))
					.toList(),
				publishedAt, training(source, competences));
	}

	private static List<PublishedCase.Training> training(InterviewCase source, Map<Long, CompetenceView> competences) {
		return source.getTraining()
			.stream()
			.map((t) -> new PublishedCase.Training(t.method().name(), t.format().name(), t.durationHours(),
					t.deliveredBy().name(),
					t.competences()
						.stream()
						.map(competences::get)
						.filter((c) -> c != null)
						.map((c) -> new PublishedCase.Competence(c.code(), c.title()))
						.toList()))
			.toList();
	}

	/**
	 * The public copy with only what the case's consent allows now: the organisation only
	 * under {@link ConsentScope#PUBLIC}, and an interviewee's name only while the case
	 * still names them under that scope. Never adds anything, so widening consent waits
	 * for the next publication; null when the consent no longer allows publication.
	 */
	static PublishedCase narrowed(PublishedCase current, InterviewCase source) {
		ConsentScope scope = source.interview().consentScope();
		if (scope == null || !scope.allowsPublication()) {
			return null;
		}
		boolean named = scope == ConsentScope.PUBLIC;
		Set<String> consenting = source.getInterviewees()
			.stream()
			.map(Interviewee::name)
			.filter((name) -> name != null && !name.isBlank())
			.collect(Collectors.toSet());
		List<PublishedCase.Interviewee> interviewees = current.interviewees()
			.stream()
			.map((i) -> new PublishedCase.Interviewee(i.role(),
					(named && consenting.contains(i.name())) ? i.name() : null))
			.toList();
		return new PublishedCase(current.id(), current.title(), current.summary(),
				named ? current.organisationName() : null, current.countryCode(), current.careSetting(),
				current.stage(), current.periodStart(), current.periodEnd(), current.technologies(),
				current.professions(), current.problem(), current.solution(), current.outcomes(), current.barriers(),
				current.enablers(), current.lessonsLearned(), current.indicators(), current.skills(), interviewees,
				current.interviewDate(), current.references(), current.label(), current.scores(), current.publishedAt(),
				current.training());
	}

	/** The text the full-text search indexes besides title and summary. */
	static String searchableBody(PublishedCase published) {
		Stream<String> parts = Stream.of(
				Stream.of(published.organisationName(), published.problem(), published.solution(), published.outcomes(),
						published.barriers(), published.enablers(), published.lessonsLearned()),
				published.indicators().stream().map(PublishedCase.Indicator::name),
				published.skills().stream().map((s) -> s.competenceTitle() + " " + nullToEmpty(s.note())),
				published.interviewees().stream().map(PublishedCase.Interviewee::role))
			.flatMap((s) -> s);
		return parts.filter((p) -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** The methods of the case's training, each once, for the library's facet. */
	static List<String> trainingMethods(PublishedCase published) {
		return published.training().stream().map(PublishedCase.Training::method).distinct().sorted().toList();
	}

	/** The formats of the case's training, each once, for the library's facet. */
	static List<String> trainingFormats(PublishedCase published) {
		return published.training().stream().map(PublishedCase.Training::format).distinct().sorted().toList();
	}

	static List<String> competenceCodes(PublishedCase published) {
		return published.skills().stream().map(PublishedCase.Skill::competenceCode).filter((c) -> c != null).toList();
	}

}
