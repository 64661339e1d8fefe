package eu.dhso.core.web;

import java.util.Comparator;
import java.util.List;

import eu.dhso.core.NavigationEntry;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout the modules' navigation entries and the languages to switch between.
 */
@ControllerAdvice
class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation() {
		return this.entries.stream().filter((entry) -> !entry.grouped()).toList();
	}

	/** The programmes' links, one menu in the bar and a list on the home page. */
	@ModelAttribute("programmes")
	List<NavigationEntry> programmes() {
		return this.entries.stream().filter((entry) -> NavigationEntry.PROGRAMMES.equals(entry.group())).toList();
	}

	@ModelAttribute("supportedLanguages")
	List<java.util.Locale> supportedLanguages() {
		return SupportedLanguages.ALL;
	}

}
