package eu.dhso.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.web.SupportedLanguages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's texts are complete in every shipped language, and templates hold no text
 * of their own.
 */
class MessageBundleTests {

	/**
	 * Every language the switcher offers, apart from English, the base of every bundle.
	 */
	static final List<String> LANGUAGES = SupportedLanguages.ALL.stream()
		.map(Locale::getLanguage)
		.filter((language) -> !language.equals("en"))
		.toList();

	/**
	 * Spring resolves validation messages ("NotBlank", "Min.form.field") with arguments.
	 */
	static final Pattern VALIDATION_CODE = Pattern.compile("^([A-Z][A-Za-z]*|typeMismatch)(\\..*)?$");

	static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	static final Set<String> TRANSLATABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void everyModuleShipsItsTextsInEveryLanguage() throws IOException {
		Map<String, Properties> english = bundles("");
		assertThat(english.keySet()).contains("core", "web", "cases", "skills", "lab", "guidelines");
		for (String language : LANGUAGES) {
			Map<String, Properties> translated = bundles("_" + language);
			for (var bundle : english.entrySet()) {
				Properties translation = translated.get(bundle.getKey());
				assertThat(translation).as("messages/%s_%s.properties", bundle.getKey(), language).isNotNull();
				assertThat(translation.stringPropertyNames()).as("keys of %s_%s", bundle.getKey(), language)
					.containsExactlyInAnyOrderElementsOf(bundle.getValue().stringPropertyNames());
				for (String key : bundle.getValue().stringPropertyNames()) {
					assertThat(translation.getProperty(key)).as("%s in %s", key, language).isNotBlank();
				}
			}
		}
	}

	@Test
	void everyPartnerLanguageIsOffered() {
		assertThat(LANGUAGES).containsExactly("it", "el", "hu", "ro", "lt", "es", "da", "mt");
	}

	/**
	 * A translation keeps English's arguments ({0}, choices) and MessageFormat's quoting:
	 * in a message formatted with arguments an apostrophe is written '', in any other it
	 * is one ' (a lone ' there would swallow the text up to the next one, '' would show
	 * twice).
	 */
	@Test
	void translationsKeepArgumentsAndApostrophes() throws IOException {
		Map<String, Properties> english = bundles("");
		List<String> offenders = new ArrayList<>();
		for (String language : LANGUAGES) {
			Map<String, Properties> translated = bundles("_" + language);
			for (var bundle : english.entrySet()) {
				Properties translation = translated.getOrDefault(bundle.getKey(), new Properties());
				for (String key : bundle.getValue().stringPropertyNames()) {
					String source = bundle.getValue().getProperty(key);
					String target = translation.getProperty(key);
					if (target == null) {
						continue;
					}
					boolean formatted = ARGUMENT.matcher(source).find() || source.contains("''")
							|| VALIDATION_CODE.matcher(key).matches();
					if (!arguments(source, formatted).equals(arguments(target, formatted))) {
						offenders.add(language + " " + key + ": arguments differ from English");
					}
					if (formatted && !parses(target, language)) {
						offenders.add(language + " " + key + ": not a valid MessageFormat pattern");
					}
					if (formatted && target.replace("''", "").contains("'")) {
						offenders.add(language + " " + key + ": a single ' in a formatted message");
					}
					if (!formatted && target.contains("''")) {
						offenders.add(language + " " + key + ": '' in a message shown as written");
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static boolean parses(String pattern, String language) {
		try {
			new MessageFormat(pattern, Locale.forLanguageTag(language));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The argument indexes a message uses, outside MessageFormat's quoted text. */
	private static List<String> arguments(String message, boolean formatted) {
		String text = formatted ? message.replace("''", "").replaceAll("'[^']*'", "") : message;
		List<String> found = new ArrayList<>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found.stream().distinct().sorted().toList();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<String> keys = new java.util.HashSet<>();
		bundles("").values().forEach((p) -> keys.addAll(p.stringPropertyNames()));
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Resource template : templates()) {
			Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				boolean replaced = element.attributes()
					.asList()
					.stream()
					.anyMatch((a) -> TEXT_ATTRIBUTES.contains(a.getKey()));
				if (!replaced && !insideReplacedElement(element)) {
					for (TextNode text : element.textNodes()) {
						if (!text.isBlank()) {
							offenders.add(template.getFilename() + ": \"" + text.text().strip() + "\"");
						}
					}
				}
				for (String attribute : TRANSLATABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute)) {
						offenders
							.add(template.getFilename() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static boolean insideReplacedElement(Element element) {
		for (Element parent : element.parents()) {
			if (parent.attributes().asList().stream().anyMatch((a) -> TEXT_ATTRIBUTES.contains(a.getKey()))) {
				return true;
			}
		}
		return false;
	}

	private List<Resource> templates() throws IOException {
		return List.of(this.resolver.getResources("classpath*:templates/**/*.html"));
	}

	private Map<String, Properties> bundles(String suffix) throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : this.resolver.getResources("classpath*:messages/*" + suffix + ".properties")) {
			String name = resource.getFilename().replace(".properties", "");
			if (suffix.isEmpty() && name.contains("_")) {
				continue;
			}
			Properties properties = new Properties();
			try (InputStream in = resource.getInputStream()) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			bundles.put(suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length()), properties);
		}
		return bundles;
	}

}
