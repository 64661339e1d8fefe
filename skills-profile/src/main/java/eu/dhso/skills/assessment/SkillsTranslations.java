package eu.dhso.skills.assessment;

import eu.dhso.core.translation.TranslationStore;

public interface SkillsTranslations extends TranslationStore<SkillsTranslation> {

}
