package eu.dhso.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every error status the observatory answers with renders its own page in every language,
 * with no missing message key ({@code ??Not Found_en??} came from the reason phrase that
 * Spring Boot hands the page).
 */
@ObservatoryTest
class ErrorPageTests {

	static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 409, 413, 500, 503);

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void everyErrorPageRendersInEveryLanguageWithoutAMissingMessageKey() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "it", "el")) {
			for (int status : STATUSES) {
				MockHttpServletResponse response = this.mvc
					.perform(get("/error").param("lang", language)
						.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
						.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases/my/1/edit/basics")
						.accept("text/html"))
					.andReturn()
					.getResponse();
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				String title = this.messages.getMessage("error." + status + ".title", null,
						Locale.forLanguageTag(language));
				if (response.getStatus() != status) {
					problems.add("%d in %s answered %d".formatted(status, language, response.getStatus()));
				}
				if (body.contains("??")) {
					problems.add("%d in %s shows a missing key: %s".formatted(status, language,
							body.substring(body.indexOf("??"), Math.min(body.length(), body.indexOf("??") + 40))));
				}
				if (!body.contains(title.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;"))) {
					problems.add("%d in %s lacks its title '%s'".formatted(status, language, title));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
