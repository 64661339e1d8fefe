package eu.dhso.core.framework;

import eu.dhso.core.translation.TranslationStore;

public interface FrameworkTranslations extends TranslationStore<FrameworkTranslation> {

}
