package eu.dhso.skills.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.CompetenceFramework.VersionSummary;
import eu.dhso.core.translation.TranslatableContent;
import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.TranslatedTexts;
import eu.dhso.core.translation.TranslationEditing;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationSheet;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.ItemOption;
import eu.dhso.skills.assessment.SkillsTranslation;
import eu.dhso.skills.assessment.SkillsTranslations;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translating the self-assessment's items: the question, and a knowledge item's four
 * answers (a self-rating item's statements are its competence's level descriptors,
 * translated with the framework). Also reports what items lack per language.
 */
@Service
@Order(2)
@Transactional(readOnly = true)
public class ItemTranslating implements TranslatableContent {

	private final InstrumentItems items;

	private final CompetenceFramework framework;

	private final SkillsTranslations translations;

	private final TranslationEditing editing;

	ItemTranslating(InstrumentItems items, CompetenceFramework framework, SkillsTranslations translations,
			TranslationEditing editing) {
		this.items = items;
		this.framework = framework;
		this.translations = translations;
		this.editing = editing;
	}

	public Optional<TranslationSheet> sheet(Long versionId, Long itemId, String language) {
		return this.items.item(versionId, itemId)
			.map((item) -> this.editing.sheet(this.translations, SkillsTranslation.ITEM, itemId, language,
					sources(item), "translation.heading.item", item.getCode(),
					"/skills/admin/framework/" + versionId + "/items",
					"/skills/admin/framework/" + versionId + "/items/" + itemId + "/translations"));
	}

	/** Saves a sheet; false when the item is not part of the version. */
	@Transactional
	public boolean save(Long versionId, Long itemId, TranslationForm form, String actor) {
		Optional<AssessmentItem> item = this.items.item(versionId, itemId);
		item.ifPresent(
				(i) -> this.editing.save(this.translations, SkillsTranslation.ITEM, itemId, sources(i), form, actor));
		return item.isPresent();
	}

	@Override
	public List<MissingTranslation> missing(String language) {
		Long latest = this.framework.latestPublished().map(FrameworkView::id).orElse(null);
		List<MissingTranslation> missing = new ArrayList<>();
		for (VersionSummary version : this.framework.versions()) {
			if (version.published() && !version.id().equals(latest)) {
				continue;
			}
			List<AssessmentItem> items = this.items.items(version.id());
			TranslatedTexts texts = TranslatedTexts.of(language, this.translations.translations(SkillsTranslation.ITEM,
					language, items.stream().map(AssessmentItem::getId).toList()));
			for (AssessmentItem item : items) {
				Map<TranslatedField, String> sources = sources(item);
				long lacking = sources.entrySet()
					.stream()
					.filter((s) -> texts.english(SkillsTranslation.ITEM, item.getId(), s.getKey(), s.getValue()))
					.count();
				if (lacking > 0) {
					missing
						.add(new MissingTranslation("translation.group.items", version.label() + " · " + item.getCode(),
								(int) lacking, sources.size(), "/skills/admin/framework/" + version.id() + "/items/"
										+ item.getId() + "/translations?to=" + language));
				}
			}
		}
		return missing;
	}

	static Map<TranslatedField, String> sources(AssessmentItem item) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.PROMPT, item.getPrompt());
		for (ItemOption option : item.getOptions()) {
			sources.put(TranslatedField.option(option.getPosition()), option.getText());
		}
		return sources;
	}

}
