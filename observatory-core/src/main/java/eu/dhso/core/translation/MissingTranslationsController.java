package eu.dhso.core.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.translation.TranslatableContent.MissingTranslation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What each language lacks: a count per language, and per language every entity with
 * untranslated fields, linked to its translation sheet.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MissingTranslationsController {

	private final ObjectProvider<TranslatableContent> contents;

	MissingTranslationsController(ObjectProvider<TranslatableContent> contents) {
		this.contents = contents;
	}

	@GetMapping("/admin/translations")
	String summary(Model model) {
		Map<String, Summary> languages = new LinkedHashMap<>();
		for (String language : ContentLanguage.TARGETS) {
			List<MissingTranslation> missing = missing(language);
			languages.put(language, new Summary(language, missing.size(),
					missing.stream().mapToInt(MissingTranslation::missingFields).sum()));
		}
		model.addAttribute("languages", languages.values());
		return "core/admin/translations";
	}

	@GetMapping("/admin/translations/{language}")
	String language(@PathVariable String language, java.util.Locale reader, Model model) {
		if (!ContentLanguage.isTarget(language)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		List<MissingTranslation> missing = missing(language);
		Map<String, List<MissingTranslation>> groups = new LinkedHashMap<>();
		missing.forEach((m) -> groups.computeIfAbsent(m.groupKey(), (k) -> new java.util.ArrayList<>()).add(m));
		model.addAttribute("language", language);
		String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(reader);
		model.addAttribute("languageName", name.substring(0, 1).toUpperCase(reader) + name.substring(1));
		model.addAttribute("groups", groups);
		model.addAttribute("fields", missing.stream().mapToInt(MissingTranslation::missingFields).sum());
		return "core/admin/translations-language";
	}

	private List<MissingTranslation> missing(String language) {
		return this.contents.orderedStream().flatMap((c) -> c.missing(language).stream()).toList();
	}

	record Summary(String language, int entities, int fields) {

		public String name(java.util.Locale reader) {
			return java.util.Locale.forLanguageTag(this.language).getDisplayLanguage(reader);
		}

	}

}
