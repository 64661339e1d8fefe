package eu.dhso.web;

import java.util.List;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages render in every shipped language. */
@ObservatoryTest
class PageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageShowsTheFourAreasWithLiveFigures() throws Exception {
		String body = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("href=\"/cases\"", "href=\"/skills\"", "href=\"/lab\"", "href=\"/guidelines\"")
			.contains("competences in the framework");
	}

	@Test
	void pagesSpeakItalianAndGreekWhenAsked() throws Exception {
		String italian = this.mvc.perform(get("/login").param("lang", "it"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(italian).contains("lang=\"it\"").contains("Osservatorio delle competenze per la sanità digitale");
		String greek = this.mvc.perform(get("/framework").param("lang", "el"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(greek).contains("lang=\"el\"").contains("Παρατηρητήριο Δεξιοτήτων Ψηφιακής Υγείας");
	}

	@Test
	void everyPublicPageRendersInEveryLanguage() throws Exception {
		for (String language : List.of("en", "it", "el")) {
			for (String page : List.of("/", "/login", "/register", "/framework", "/cases", "/skills", "/lab",
					"/guidelines")) {
				this.mvc.perform(get(page).param("lang", language)).andExpect(status().isOk());
			}
		}
	}

	@Test
	void everyPageHasAFaviconThatAnonymousVisitorsGetAndMayCache() throws Exception {
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
		byte[] icon = this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/x-icon"))
			.andExpect(header().string("Cache-Control", "max-age=604800, public"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(icon).startsWith(new byte[] { 0, 0, 1, 0 });
		this.mvc.perform(get("/core/favicon.svg")).andExpect(status().isOk());
	}

}
