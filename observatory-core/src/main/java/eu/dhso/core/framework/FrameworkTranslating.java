package eu.dhso.core.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.dhso.core.translation.TranslatedField;
import eu.dhso.core.translation.TranslationEditing;
import eu.dhso.core.translation.TranslationForm;
import eu.dhso.core.translation.TranslationSheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translating the framework's areas and competences. Translations of a published version
 * may still change: they reword it for readers, never what evidence is coded on.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkTranslating {

	private final CompetenceAreas areas;

	private final Competences competences;

	private final FrameworkTranslations translations;

	private final TranslationEditing editing;

	FrameworkTranslating(CompetenceAreas areas, Competences competences, FrameworkTranslations translations,
			TranslationEditing editing) {
		this.areas = areas;
		this.competences = competences;
		this.translations = translations;
		this.editing = editing;
	}

	public TranslationSheet areaSheet(Long areaId, String language) {
		CompetenceArea area = area(areaId);
		return this.editing.sheet(this.translations, FrameworkTranslation.AREA, areaId, language, sources(area),
				"translation.heading.area", area.getCode() + " " + area.getTitle(),
				"/skills/admin/framework/" + area.getFrameworkVersion().getId(),
				"/admin/framework/areas/" + areaId + "/translations");
	}

	public TranslationSheet competenceSheet(Long competenceId, String language) {
		Competence competence = competence(competenceId);
		return this.editing.sheet(this.translations, FrameworkTranslation.COMPETENCE, competenceId, language,
				sources(competence), "translation.heading.competence",
				competence.getCode() + " " + competence.getTitle(),
				"/skills/admin/framework/" + competence.getArea().getFrameworkVersion().getId(),
				"/admin/framework/competences/" + competenceId + "/translations");
	}

	@Transactional
	public void saveArea(Long areaId, TranslationForm form, String actor) {
		this.editing.save(this.translations, FrameworkTranslation.AREA, areaId, sources(area(areaId)), form, actor);
	}

	@Transactional
	public void saveCompetence(Long competenceId, TranslationForm form, String actor) {
		this.editing.save(this.translations, FrameworkTranslation.COMPETENCE, competenceId,
				sources(competence(competenceId)), form, actor);
	}

	static Map<TranslatedField, String> sources(CompetenceArea area) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.TITLE, area.getTitle());
		sources.put(TranslatedField.DESCRIPTION, area.getDescription());
		return sources;
	}

	static Map<TranslatedField, String> sources(Competence competence) {
		Map<TranslatedField, String> sources = new LinkedHashMap<>();
		sources.put(TranslatedField.TITLE, competence.getTitle());
		sources.put(TranslatedField.DESCRIPTION, competence.getDescription());
		competence.getLevelDescriptors().forEach((level, text) -> sources.put(TranslatedField.level(level), text));
		return sources;
	}

	private CompetenceArea area(Long id) {
		return this.areas.findById(id).orElseThrow(() -> new VersionNotFoundException(id));
	}

	private Competence competence(Long id) {
		return this.competences.findById(id).orElseThrow(() -> new VersionNotFoundException(id));
	}

}
