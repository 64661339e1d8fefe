package eu.dhso.guidelines.guideline;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.translation.TranslatableContent;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationEditing;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationSheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translating guideline titles, which the guideline list, its page and links show. The
 * title of the latest version is the source; the body stays in the language it was
 * written in.
 */
@Service
@Order(4)
@Transactional(readOnly = true)
public class GuidelineTranslating implements TranslatableContent {

	private final Guidelines guidelines;

	private final GuidelineTranslations translations;

	private final TranslationEditing editing;

	private final Clock clock;

	GuidelineTranslating(Guidelines guidelines, GuidelineTranslations translations, TranslationEditing editing,
			Optional<Clock> clock) {
		this.guidelines = guidelines;
		this.translations = translations;
		this.editing = editing;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<TranslationSheet> sheet(String slug, String language) {
		return this.guidelines.findBySlug(slug)
			.map((g) -> this.editing.sheet(this.translations, GuidelineTranslation.GUIDELINE, g.getId(), language,
					sources(g), "translation.heading.guideline", title(g), "/guidelines/manage/" + slug,
					"/guidelines/manage/" + slug + "/translations"));
	}

	/** Saves a sheet; false when there is no such guideline. */
	@Transactional
	public boolean save(String slug, TranslationForm form, String actor) {
		Optional<Guideline> guideline = this.guidelines.findBySlug(slug);
		guideline.ifPresent((g) -> this.editing.save(this.translations, GuidelineTranslation.GUIDELINE, g.getId(),
				sources(g), form, actor));
		return guideline.isPresent();
	}

	/** Sets a title's translation outright, for the demo data. */
	@Transactional
	public void translateTitle(String slug, String language, String title, String actor) {
		this.guidelines.findBySlug(slug)
			.ifPresent((g) -> this.translations.write(new Translation(GuidelineTranslation.GUIDELINE, g.getId(),
					TranslatedField.TITLE.name(), language, title), this.clock.instant(), actor));
	}

	/** Every guideline's title in a reader's language, where translated. */
	public Titles titles(String language) {
		if (!ContentLanguage.isTarget(language)) {
			return new Titles(Map.of());
		}
		List<Guideline> all = this.guidelines.findAllByOrderBySlug();
		Map<Long, String> slugs = new HashMap<>();
		all.forEach((g) -> slugs.put(g.getId(), g.getSlug()));
		Map<String, String> bySlug = new HashMap<>();
		this.translations.translations(GuidelineTranslation.GUIDELINE, language, slugs.keySet())
			.stream()
			.filter((t) -> t.field().equals(TranslatedField.TITLE.name()))
			.forEach((t) -> bySlug.put(slugs.get(t.entityId()), t.text()));
		return new Titles(bySlug, true);
	}

	@Override
	public List<MissingTranslation> missing(String language) {
		Titles titles = titles(language);
		return this.guidelines.findAllByOrderBySlug()
			.stream()
			.filter((g) -> titles.english(g.getSlug(), title(g)))
			.map((g) -> new MissingTranslation("translation.group.guidelines", title(g), 1, 1,
					"/guidelines/manage/" + g.getSlug() + "/translations?to=" + language))
			.toList();
	}

	private static Map<TranslatedField, String> sources(Guideline guideline) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.TITLE, title(guideline));
		return sources;
	}

	/** The title readers see: the latest version's, or the draft's before the first. */
	private static String title(Guideline guideline) {
		return guideline.latest()
			.map((v) -> guideline.published(v).document().title())
			.orElseGet(() -> guideline.toDraft().document().title());
	}

	/**
	 * Guideline titles in one language, by slug; a title without a translation is shown
	 * in its English source and marked, unless the reader reads English.
	 */
	public record Titles(Map<String, String> bySlug, boolean translating) {

		Titles(Map<String, String> bySlug) {
			this(bySlug, false);
		}

		public String of(String slug, String source) {
			return this.bySlug.getOrDefault(slug, source);
		}

		public boolean english(String slug, String source) {
			return this.translating && source != null && !source.isBlank() && !this.bySlug.containsKey(slug);
		}

	}

}
