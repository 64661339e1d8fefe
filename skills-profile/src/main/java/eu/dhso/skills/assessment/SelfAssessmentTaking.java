package eu.dhso.skills.assessment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.TranslatedTexts;
import eu.dhso.core.verification.VerifiedCompetenceSource;
import eu.dhso.core.verification.VerifiedCompetenceSource.VerifiedCompetence;
import eu.dhso.skills.AssessmentSubmitted;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentScoring.Result;
import eu.dhso.skills.profile.RoleProfileMaintenance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own self-assessments. Every method takes the owner's account id and finds
 * the attempt by id and owner together, so nobody else ever reaches it: another person's
 * attempt is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentTaking {

	private final Assessments assessments;

	private final Instruments instruments;

	private final CompetenceFramework framework;

	private final RoleProfileMaintenance profiles;

	private final ApplicationEventPublisher events;

	private final VerifiedPeople verifiedPeople;

	private final Clock clock;

	private final SkillsTranslations translations;

	SelfAssessmentTaking(Assessments assessments, Instruments instruments, CompetenceFramework framework,
			RoleProfileMaintenance profiles, ApplicationEventPublisher events, VerifiedPeople verifiedPeople,
			Optional<Clock> clock, SkillsTranslations translations) {
		this.translations = translations;
		this.verifiedPeople = verifiedPeople;
		this.assessments = assessments;
		this.instruments = instruments;
		this.framework = framework;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Whether the published framework (as the page already read it) has an instrument one
	 * can start.
	 */
	public boolean available(Optional<FrameworkView> published) {
		// asked on every visit of the professional's page: an existence check, not the
		// instrument
		return published.map((v) -> this.instruments.existsByFrameworkVersionId(v.id())).orElse(false);
	}

	@Transactional
	public Long start(Long accountId, Respondent respondent) {
		FrameworkView view = this.framework.latestPublished().orElseThrow(NoInstrumentException::new);
		Instrument instrument = this.instruments.findByFrameworkVersionId(view.id())
			.orElseThrow(NoInstrumentException::new);
		return this.assessments.save(new Assessment(accountId, instrument.getId(), respondent, this.clock.instant()))
			.getId();
	}

	/**
	 * What the professional's own page reads, in one transaction: under load every
	 * transaction waited for a connection of the pool, and the page had four.
	 * @param verifiedSources the modules that record levels someone else confirmed
	 */
	public Overview overview(Long accountId, List<VerifiedCompetenceSource> verifiedSources) {
		Optional<FrameworkView> published = this.framework.latestPublished();
		return new Overview(history(accountId), published, available(published),
				verifiedSources.stream().flatMap((source) -> source.verifiedFor(accountId).stream()).toList());
	}

	public List<AttemptSummary> history(Long accountId) {
		return this.assessments.findByAccountIdOrderByStartedAtDesc(accountId)
			.stream()
			.map((a) -> new AttemptSummary(a.getId(), a.respondent(), a.getStatus(), a.getStartedAt(),
					a.getSubmittedAt()))
			.toList();
	}

	/**
	 * The questions of one area with the answers given so far, and where the person
	 * stands.
	 */
	public Optional<AreaPage> area(Long id, Long accountId, String areaCode) {
		return this.assessments.findOwned(id, accountId).flatMap((assessment) -> {
			Questionnaire questionnaire = questionnaire(assessment);
			return questionnaire.framework()
				.areas()
				.stream()
				.filter((a) -> a.code().equals(areaCode))
				.findFirst()
				.map((area) -> {
					List<AssessmentItem> items = questionnaire.itemsOf(area);
					return new AreaPage(summary(assessment), area, items, assessment.getAnswers(),
							questionnaire.progress(assessment.getAnswers()), itemTexts(items));
				});
		});
	}

	/** Saves the answers given on one area's page; items of other areas are ignored. */
	@Transactional
	public void answer(Long id, Long accountId, String areaCode, Map<Long, Integer> choices) {
		Assessment assessment = this.assessments.findOwned(id, accountId)
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		Questionnaire questionnaire = questionnaire(assessment);
		AreaView area = questionnaire.framework()
			.areas()
			.stream()
			.filter((a) -> a.code().equals(areaCode))
			.findFirst()
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		Map<Long, Integer> accepted = new LinkedHashMap<>();
		questionnaire.itemsOf(area).forEach((item) -> {
			Integer choice = choices.get(item.getId());
			if (choice != null) {
				accepted.put(item.getId(), choice);
			}
		});
		assessment.answer(accepted);
	}

	public Optional<Review> review(Long id, Long accountId) {
		return this.assessments.findOwned(id, accountId).map((assessment) -> {
			Questionnaire questionnaire = questionnaire(assessment);
			return new Review(summary(assessment), questionnaire.progress(assessment.getAnswers()));
		});
	}

	/**
	 * Submits a complete attempt; returns false, changing nothing, while items are
	 * unanswered.
	 */
	@Transactional
	public boolean submit(Long id, Long accountId) {
		Assessment assessment = this.assessments.findOwned(id, accountId)
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		if (!questionnaire(assessment).progress(assessment.getAnswers()).complete()) {
			return false;
		}
		assessment.submit(this.clock.instant(), this.verifiedPeople.isVerified(accountId));
		this.events
			.publishEvent(new AssessmentSubmitted(assessment.getId(), accountId, assessment.respondent().profession()));
		return true;
	}

	/** The personal result of a submitted attempt, for its owner only. */
	public Optional<PersonalResult> result(Long id, Long accountId) {
		return this.assessments.findOwned(id, accountId)
			.filter((a) -> a.getStatus() == AssessmentStatus.SUBMITTED)
			.map((assessment) -> {
				Questionnaire questionnaire = questionnaire(assessment);
				Respondent respondent = assessment.respondent();
				Map<Long, Integer> expected = this.profiles.expectedLevels(questionnaire.framework().id(),
						respondent.profession(), respondent.careSetting());
				Result result = AssessmentScoring.score(questionnaire.framework(), questionnaire.items(),
						assessment.getAnswers(), expected);
				return new PersonalResult(summary(assessment), questionnaire.framework(), result);
			});
	}

	/** The items' questions and answers in the reader's language, where translated. */
	private TranslatedTexts itemTexts(List<AssessmentItem> items) {
		String language = ContentLanguage.current();
		if (!ContentLanguage.isTarget(language) || items.isEmpty()) {
			return TranslatedTexts.source();
		}
		return TranslatedTexts.of(language, this.translations.translations(SkillsTranslation.ITEM, language,
				items.stream().map(AssessmentItem::getId).toList()));
	}

	/** The attempt's framework version, in the reader's language where translated. */
	private Questionnaire questionnaire(Assessment assessment) {
		Instrument instrument = this.instruments.findById(assessment.getInstrumentId()).orElseThrow();
		FrameworkView view = this.framework.version(instrument.getFrameworkVersionId(), ContentLanguage.current())
			.orElseThrow();
		return new Questionnaire(view, this.instruments.findItems(instrument.getId()));
	}

	private static AttemptSummary summary(Assessment a) {
		return new AttemptSummary(a.getId(), a.respondent(), a.getStatus(), a.getStartedAt(), a.getSubmittedAt());
	}

	record Questionnaire(FrameworkView framework, List<AssessmentItem> items) {

		List<AssessmentItem> itemsOf(AreaView area) {
			List<Long> competences = area.competences().stream().map(CompetenceView::id).toList();
			return this.items.stream().filter((i) -> competences.contains(i.getCompetenceId())).toList();
		}

		Progress progress(Map<Long, Integer> answers) {
			Predicate<AssessmentItem> answered = (item) -> answers.containsKey(item.getId());
			List<AreaProgress> areas = this.framework.areas().stream().map((area) -> {
				List<AssessmentItem> areaItems = itemsOf(area);
				return new AreaProgress(area.code(), area.title(), areaItems.size(),
						(int) areaItems.stream().filter(answered).count());
			}).toList();
			return new Progress(areas);
		}

	}

	/**
	 * A professional's attempts, the published framework, whether it can be taken, and
	 * the levels others confirmed.
	 */
	public record Overview(List<AttemptSummary> history, Optional<FrameworkView> published, boolean available,
			List<VerifiedCompetence> verified) {
	}

	public record AttemptSummary(Long id, Respondent respondent, AssessmentStatus status, java.time.Instant startedAt,
			java.time.Instant submittedAt) {

		public boolean submitted() {
			return this.status == AssessmentStatus.SUBMITTED;
		}

	}

	public record AreaProgress(String code, String title, int items, int answered) {

		public boolean complete() {
			return this.answered == this.items;
		}

	}

	public record Progress(List<AreaProgress> areas) {

		public int items() {
			return this.areas.stream().mapToInt(AreaProgress::items).sum();
		}

		public int answered() {
			return this.areas.stream().mapToInt(AreaProgress::answered).sum();
		}

		public int percent() {
			return (items() == 0) ? 0 : answered() * 100 / items();
		}

		public boolean complete() {
			return answered() == items();
		}

		/** 1-based position of an area, for "area 3 of 14". */
		public int position(String code) {
			for (int i = 0; i < this.areas.size(); i++) {
				if (this.areas.get(i).code().equals(code)) {
					return i + 1;
				}
			}
			return 0;
		}

		public String next(String code) {
			int position = position(code);
			return (position < this.areas.size()) ? this.areas.get(position).code() : null;
		}

		public String previous(String code) {
			int position = position(code);
			return (position > 1) ? this.areas.get(position - 2).code() : null;
		}

		public String first() {
			return this.areas.get(0).code();
		}

	}

	public record AreaPage(AttemptSummary attempt, AreaView area, List<AssessmentItem> items,
			Map<Long, Integer> answers, Progress progress, TranslatedTexts texts) {

		/** The item's question in the reader's language, where translated. */
		public String prompt(AssessmentItem item) {
			return this.texts.text(SkillsTranslation.ITEM, item.getId(), TranslatedField.PROMPT, item.getPrompt());
		}

		public boolean englishPrompt(AssessmentItem item) {
			return this.texts.english(SkillsTranslation.ITEM, item.getId(), TranslatedField.PROMPT, item.getPrompt());
		}

		/** A knowledge item's answer in the reader's language, where translated. */
		public String option(AssessmentItem item, ItemOption option) {
			return this.texts.text(SkillsTranslation.ITEM, item.getId(), TranslatedField.option(option.getPosition()),
					option.getText());
		}

		public boolean englishOption(AssessmentItem item, ItemOption option) {
			return this.texts.english(SkillsTranslation.ITEM, item.getId(),
					TranslatedField.option(option.getPosition()), option.getText());
		}

		public Integer answer(Long itemId) {
			return this.answers.get(itemId);
		}

		public Map<Long, CompetenceView> competences() {
			Map<Long, CompetenceView> byId = new LinkedHashMap<>();
			this.area.competences().forEach((c) -> byId.put(c.id(), c));
			return byId;
		}

	}

	public record Review(AttemptSummary attempt, Progress progress) {
	}

	public record PersonalResult(AttemptSummary attempt, FrameworkView framework, Result result) {
	}

}
