package eu.dhso.core.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

class PageVariablesTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	private final IServletWebExchange exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
		.buildExchange(this.request, new MockHttpServletResponse());

	@Test
	void variablesStayWithThePageAndRequestAttributesAreReadThrough() {
		this.request.setAttribute("_csrf", "token");
		PageVariables page = new PageVariables(this.exchange);
		page.setAttributeValue("item", "first");
		assertThat(page.getAttributeValue("item")).isEqualTo("first");
		assertThat(this.request.getAttribute("item")).isNull();
		assertThat(page.getAttributeValue("_csrf")).isEqualTo("token");
		assertThat(Collections.list(page.getAttributeNames())).contains("item", "_csrf");
	}

	@Test
	void aVariableShadowsARequestAttributeWithinItsElement() {
		this.request.setAttribute("title", "from the request");
		String html = engine().process("""
				<p th:text="${title}">x</p><p th:with="title='from the page'" th:text="${title}">y</p>\
				<p th:text="${title}">z</p>""", new WebContext(this.exchange, Locale.ENGLISH));
		assertThat(html).isEqualTo("<p>from the request</p><p>from the page</p><p>from the request</p>");
		assertThat(this.request.getAttribute("title")).isEqualTo("from the request");
	}

	@Test
	void aRemovedVariableIsNotLookedForInTheRequestAgain() {
		PageVariables page = new PageVariables(this.exchange);
		page.setAttributeValue("item", "first");
		page.removeAttribute("item");
		this.request.setAttribute("item", "set on the request afterwards");
		assertThat(page.getAttributeValue("item")).isNull();
		assertThat(page.containsAttribute("item")).isFalse();
		assertThat(Collections.list(page.getAttributeNames())).doesNotContain("item");
	}

	@Test
	void aListsItemsAreNotLookedForInTheRequestEachTime() {
		Map<String, Integer> reads = new HashMap<>();
		HttpServletRequest counting = new HttpServletRequestWrapper(this.request) {
			@Override
			public Object getAttribute(String name) {
				reads.merge(name, 1, Integer::sum);
				return super.getAttribute(name);
			}
		};
		IServletWebExchange exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(counting, new MockHttpServletResponse());
		List<Integer> items = IntStream.range(0, 50).boxed().toList();
		String html = engine().process("<i th:each=\"item : ${items}\" th:text=\"${item}\">x</i>",
				new WebContext(exchange, Locale.ENGLISH, Map.of("items", items)));
		assertThat(html).startsWith("<i>0</i><i>1</i>").endsWith("<i>49</i>");
		assertThat(reads.getOrDefault("item", 0)).isLessThanOrEqualTo(1);
		assertThat(reads.getOrDefault("itemStat", 0)).isLessThanOrEqualTo(1);
	}

	@Test
	void aPageRendersItsListsWithoutWritingToTheRequest() {
		SpringTemplateEngine engine = engine();
		this.request.setAttribute("_csrf", "token");
		WebContext context = new WebContext(this.exchange, Locale.ENGLISH,
				Map.of("items", List.of("a", "b"), "heading", "Cases"));
		String html = engine.process("""
				<h1 th:text="${heading}">x</h1><p th:each="item : ${items}" th:with="upper=${item.toUpperCase()}" \
				th:text="${upper + itemStat.count}">y</p><i th:text="${_csrf}">z</i>""", context);
		assertThat(html).isEqualTo("<h1>Cases</h1><p>A1</p><p>B2</p><i>token</i>");
		assertThat(Collections.list(this.request.getAttributeNames())).containsExactly("_csrf");
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.setEngineContextFactory(new TemplateProperties.ContextFactory(new StandardEngineContextFactory()));
		return engine;
	}

}
