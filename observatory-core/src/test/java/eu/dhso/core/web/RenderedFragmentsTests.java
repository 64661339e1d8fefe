package eu.dhso.core.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedFragmentsTests {

	static final String TEMPLATE = """
			<html><body>
			<table th:fragment="figures"><caption th:text="#{caption}">Figures</caption>
			<tr th:each="row : ${rows}"><td th:text="${row.name()}">name</td><td th:text="${row.value()}">1</td></tr>
			</table>
			<p th:fragment="other">other</p>
			</body></html>""";

	final RenderedFragments fragments = new RenderedFragments(engine());

	@Test
	void equalFiguresAreRenderedOnceAndChangedFiguresAnew() {
		String first = this.fragments.render(TEMPLATE, "figures", Locale.ENGLISH,
				Map.of("rows", List.of(new Row("nurses", 12))));
		// equal figures from another request, not the same objects: the kept markup
		String again = this.fragments.render(TEMPLATE, "figures", Locale.ENGLISH,
				Map.of("rows", List.of(new Row("nurses", 12))));
		assertThat(again).isSameAs(first);
		assertThat(this.fragments.cachedBytes()).isEqualTo(first.length());
		assertThat(first).contains("<caption>Figures</caption>").contains("<td>nurses</td><td>12</td>");
		assertThat(first).doesNotContain("other");
		String changed = this.fragments.render(TEMPLATE, "figures", Locale.ENGLISH,
				Map.of("rows", List.of(new Row("nurses", 13))));
		assertThat(changed).contains("<td>13</td>").doesNotContain("<td>12</td>");
	}

	@Test
	void eachLanguageHasItsOwnMarkupAndTextIsEscaped() {
		Map<String, Object> figures = Map.of("rows", List.of(new Row("<b>nurses</b>", 5)));
		String english = this.fragments.render(TEMPLATE, "figures", Locale.ENGLISH, figures);
		String italian = this.fragments.render(TEMPLATE, "figures", Locale.ITALIAN, figures);
		assertThat(english).contains("<caption>Figures</caption>");
		assertThat(italian).contains("<caption>Dati</caption>");
		assertThat(italian).contains("&lt;b&gt;nurses&lt;/b&gt;").doesNotContain("<b>");
	}

	private static SpringTemplateEngine engine() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("caption", Locale.ENGLISH, "Figures");
		messages.addMessage("caption", Locale.ITALIAN, "Dati");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	record Row(String name, int value) {
	}

}
