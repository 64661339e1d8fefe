package eu.dhso.core.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
	void aVariableShadowsARequestAttributeUntilRemoved() {
		this.request.setAttribute("title", "from the request");
		PageVariables page = new PageVariables(this.exchange);
		page.setAttributeValue("title", "from the page");
		assertThat(page.getAttributeValue("title")).isEqualTo("from the page");
		page.setAttributeValue("title", null);
		assertThat(page.getAttributeValue("title")).isEqualTo("from the request");
		assertThat(this.request.getAttribute("title")).isEqualTo("from the request");
	}

	@Test
	void aPageRendersItsListsWithoutWritingToTheRequest() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.setEngineContextFactory(new TemplateProperties.ContextFactory(new StandardEngineContextFactory()));
		this.request.setAttribute("_csrf", "token");
		WebContext context = new WebContext(this.exchange, Locale.ENGLISH,
				Map.of("items", List.of("a", "b"), "heading", "Cases"));
		String html = engine.process("""
				<h1 th:text="${heading}">x</h1><p th:each="item : ${items}" th:with="upper=${item.toUpperCase()}" \
				th:text="${upper + itemStat.count}">y</p><i th:text="${_csrf}">z</i>""", context);
		assertThat(html).isEqualTo("<h1>Cases</h1><p>A1</p><p>B2</p><i>token</i>");
		assertThat(Collections.list(this.request.getAttributeNames())).containsExactly("_csrf");
	}

}
