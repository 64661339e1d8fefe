package eu.dhso.lab.scheme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.translation.TranslatableContent;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationEditing;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationSheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translating the titles of training schemes and their modules, which the catalogue, the
 * scheme and module pages and the skills profile's recommendations show, and the learning
 * outcomes the module pages list. The working copy's titles are the sources; trainers who
 * may edit a scheme, editors and administrators translate them.
 */
@Component
@Order(5)
@Transactional(readOnly = true)
public class SchemeTranslating implements TranslatableContent {

	private final TrainingSchemes schemes;

	private final PublishedSchemes published;

	private final SchemeTranslations translations;

	private final TranslationEditing editing;

	private final Clock clock;

	SchemeTranslating(TrainingSchemes schemes, PublishedSchemes published, SchemeTranslations translations,
			TranslationEditing editing, Optional<Clock> clock) {
		this.schemes = schemes;
		this.published = published;
		this.translations = translations;
		this.editing = editing;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Whether this person may translate the scheme: editors and administrators any
	 * scheme, trainers those they may edit.
	 */
	public static boolean mayTranslate(ObservatoryUser user, TrainingScheme scheme) {
		return user != null
				&& (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN) || SchemeDrafts.mayEdit(user, scheme));
	}

	/** The sheet of a scheme's title; a 404 for anyone who may not translate it. */
	public TranslationSheet schemeSheet(ObservatoryUser user, long schemeId, String language) {
		SchemeDraft draft = load(user, schemeId);
		return this.editing.sheet(this.translations, SchemeTranslation.SCHEME, schemeId, language, title(draft.title()),
				"lab.translation.heading.scheme", draft.title(), back(user, schemeId),
				"/lab/translations/schemes/" + schemeId);
	}

	/**
	 * The sheet of a module's title; a 404 for anyone who may not translate its scheme.
	 */
	public TranslationSheet moduleSheet(ObservatoryUser user, long schemeId, long moduleId, String language) {
		SchemeDraft.ModuleDraft module = module(load(user, schemeId), moduleId);
		return this.editing.sheet(this.translations, SchemeTranslation.MODULE, moduleId, language,
				title(module.title()), "lab.translation.heading.module", module.title(), back(user, schemeId),
				"/lab/translations/schemes/" + schemeId + "/modules/" + moduleId);
	}

	/**
	 * The sheet of a learning outcome; a 404 for anyone who may not translate its scheme.
	 */
	public TranslationSheet outcomeSheet(ObservatoryUser user, long schemeId, long outcomeId, String language) {
		SchemeDraft.OutcomeDraft outcome = outcome(load(user, schemeId), outcomeId);
		return this.editing.sheet(this.translations, SchemeTranslation.OUTCOME, outcomeId, language,
				description(outcome.description()), "lab.translation.heading.outcome", outcome.description(),
				back(user, schemeId), "/lab/translations/schemes/" + schemeId + "/outcomes/" + outcomeId);
	}

	@Transactional
	public void saveOutcome(ObservatoryUser user, long schemeId, long outcomeId, TranslationForm form) {
		SchemeDraft.OutcomeDraft outcome = outcome(load(user, schemeId), outcomeId);
		this.editing.save(this.translations, SchemeTranslation.OUTCOME, outcomeId, description(outcome.description()),
				form, user.getUsername());
	}

	@Transactional
	public void saveScheme(ObservatoryUser user, long schemeId, TranslationForm form) {
		SchemeDraft draft = load(user, schemeId);
		this.editing.save(this.translations, SchemeTranslation.SCHEME, schemeId, title(draft.title()), form,
				user.getUsername());
	}

	@Transactional
	public void saveModule(ObservatoryUser user, long schemeId, long moduleId, TranslationForm form) {
		SchemeDraft.ModuleDraft module = module(load(user, schemeId), moduleId);
		this.editing.save(this.translations, SchemeTranslation.MODULE, moduleId, title(module.title()), form,
				user.getUsername());
	}

	/**
	 * Sets a scheme's title, its modules' titles and its outcomes outright, for the demo
	 * data; {@code texts} maps an English source to its translation.
	 */
	@Transactional
	public void translateTitles(long schemeId, String language, String schemeTitle, Map<String, String> texts,
			String actor) {
		this.schemes.findById(schemeId).ifPresent((scheme) -> {
			SchemeDraft draft = scheme.toDraft();
			write(SchemeTranslation.SCHEME, schemeId, language, schemeTitle, actor);
			draft.modules().forEach((m) -> {
				String text = texts.get(m.title());
				if (text != null) {
					write(SchemeTranslation.MODULE, m.id(), language, text, actor);
				}
				m.outcomes()
					.stream()
					.filter((o) -> texts.containsKey(o.description()))
					.forEach(
							(o) -> this.translations.write(
									new Translation(SchemeTranslation.OUTCOME, o.id(),
											TranslatedField.DESCRIPTION.name(), language, texts.get(o.description())),
									this.clock.instant(), actor));
			});
		});
	}

	private void write(String entityType, long id, String language, String text, String actor) {
		this.translations.write(new Translation(entityType, id, TranslatedField.TITLE.name(), language, text),
				this.clock.instant(), actor);
	}

	/** Every scheme's and module's title in a reader's language, where translated. */
	public Titles titles(String language) {
		if (!ContentLanguage.isTarget(language)) {
			return new Titles(Map.of(), Map.of(), Map.of(), false);
		}
		return new Titles(texts(SchemeTranslation.SCHEME, language, TranslatedField.TITLE),
				texts(SchemeTranslation.MODULE, language, TranslatedField.TITLE),
				texts(SchemeTranslation.OUTCOME, language, TranslatedField.DESCRIPTION), true);
	}

	private Map<Long, String> texts(String entityType, String language, TranslatedField field) {
		Map<Long, String> texts = new HashMap<>();
		this.translations.findByEntityTypeAndLanguage(entityType, language)
			.stream()
			.map(SchemeTranslation::translation)
			.filter((t) -> t.field().equals(field.name()))
			.forEach((t) -> texts.put(t.entityId(), t.text()));
		return texts;
	}

	/**
	 * What readers see and lacks a translation: the titles and outcomes of the published
	 * schemes.
	 */
	@Override
	public List<MissingTranslation> missing(String language) {
		Titles titles = titles(language);
		List<MissingTranslation> missing = new ArrayList<>();
		for (PublishedSchemes.PublishedVersion version : this.published.latestVersions()) {
			SchemeSnapshot scheme = version.scheme();
			String edit = "/lab/translations/schemes/" + scheme.schemeId();
			if (titles.schemeEnglish(scheme.schemeId(), scheme.title())) {
				missing.add(new MissingTranslation("lab.translation.group.schemes", scheme.title(), 1, 1,
						edit + "?to=" + language));
			}
			scheme.modules()
				.stream()
				.filter((m) -> titles.moduleEnglish(m.moduleId(), m.title()))
				.forEach((m) -> missing.add(new MissingTranslation("lab.translation.group.modules", m.title(), 1, 1,
						edit + "/modules/" + m.moduleId() + "?to=" + language)));
			scheme.modules()
				.stream()
				.flatMap((m) -> m.outcomes().stream())
				.filter((o) -> o.outcomeId() != null && titles.outcomeEnglish(o.outcomeId(), o.description()))
				.forEach((o) -> missing.add(new MissingTranslation("lab.translation.group.outcomes", o.description(), 1,
						1, edit + "/outcomes/" + o.outcomeId() + "?to=" + language)));
		}
		return missing;
	}

	private SchemeDraft load(ObservatoryUser user, long schemeId) {
		TrainingScheme scheme = this.schemes.findById(schemeId)
			.filter((s) -> mayTranslate(user, s))
			.orElseThrow(() -> new SchemeNotFoundException(schemeId));
		return scheme.toDraft();
	}

	private static SchemeDraft.ModuleDraft module(SchemeDraft draft, long moduleId) {
		return draft.modules()
			.stream()
			.filter((m) -> m.id() == moduleId)
			.findFirst()
			.orElseThrow(() -> new SchemeNotFoundException(moduleId));
	}

	private static SchemeDraft.OutcomeDraft outcome(SchemeDraft draft, long outcomeId) {
		return draft.modules()
			.stream()
			.flatMap((m) -> m.outcomes().stream())
			.filter((o) -> o.id() == outcomeId)
			.findFirst()
			.orElseThrow(() -> new SchemeNotFoundException(outcomeId));
	}

	private static Map<TranslatedField, String> description(String description) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.DESCRIPTION, description);
		return sources;
	}

	private static Map<TranslatedField, String> title(String title) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.TITLE, title);
		return sources;
	}

	/** Trainers go back to the working copy; editors and administrators to the page. */
	private static String back(ObservatoryUser user, long schemeId) {
		return user.hasRole(Role.TRAINER) ? "/lab/manage/schemes/" + schemeId : "/lab/schemes/" + schemeId;
	}

	/**
	 * Scheme and module titles and outcomes in one language, by id; a text without a
	 * translation is shown in its English source and marked, unless the reader reads
	 * English.
	 */
	public record Titles(Map<Long, String> schemes, Map<Long, String> modules, Map<Long, String> outcomes,
			boolean translating) {

		/** An outcome's text; outcomes published before translations have no id. */
		public String outcome(Long id, String source) {
			return (id != null) ? this.outcomes.getOrDefault(id, source) : source;
		}

		public boolean outcomeEnglish(Long id, String source) {
			return (id != null) ? english(this.outcomes, id, source)
					: this.translating && source != null && !source.isBlank();
		}

		public String scheme(long id, String source) {
			return this.schemes.getOrDefault(id, source);
		}

		public boolean schemeEnglish(long id, String source) {
			return english(this.schemes, id, source);
		}

		public String module(long id, String source) {
			return this.modules.getOrDefault(id, source);
		}

		public boolean moduleEnglish(long id, String source) {
			return english(this.modules, id, source);
		}

		/** A catalogue entry's title, found by its link to a scheme or module page. */
		public String ofLink(String link, String source) {
			Map<Long, String> texts = byLink(link);
			return (texts != null) ? texts.getOrDefault(idOf(link), source) : source;
		}

		public boolean englishByLink(String link, String source) {
			Map<Long, String> texts = byLink(link);
			return texts != null && english(texts, idOf(link), source);
		}

		private Map<Long, String> byLink(String link) {
			if (link == null || idOf(link) == null) {
				return null;
			}
			if (link.startsWith("/lab/schemes/")) {
				return this.schemes;
			}
			return link.startsWith("/lab/modules/") ? this.modules : null;
		}

		private static Long idOf(String link) {
			String tail = link.substring(link.lastIndexOf('/') + 1);
			return tail.matches("\\d{1,18}") ? Long.valueOf(tail) : null;
		}

		private boolean english(Map<Long, String> texts, Long id, String source) {
			return this.translating && source != null && !source.isBlank() && !texts.containsKey(id);
		}

	}

}
