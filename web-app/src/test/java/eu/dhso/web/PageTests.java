package eu.dhso.web;

import java.util.List;
import java.util.Locale;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.web.SupportedLanguages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
		for (Locale locale : SupportedLanguages.ALL) {
			String language = locale.getLanguage();
			for (String page : List.of("/", "/login", "/register", "/framework", "/cases", "/skills", "/lab",
					"/guidelines")) {
				this.mvc.perform(get(page).param("lang", language)).andExpect(status().isOk());
			}
		}
	}

	@Test
	void theSwitcherNamesEveryLanguageInItselfAndWorksWithoutScript() throws Exception {
		Document page = Jsoup.parse(
				this.mvc.perform(get("/framework").param("lang", "it")).andReturn().getResponse().getContentAsString());
		Element form = page.selectFirst("form.languages");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.hasAttr("action")).as("submits to the page it is on").isFalse();
		assertThat(form.selectFirst("label[for=language-select]").text()).isEqualTo("Lingua");
		assertThat(form.select("select#language-select[name=lang] option")).hasSize(SupportedLanguages.ALL.size())
			.allSatisfy((option) -> assertThat(option.attr("lang")).isEqualTo(option.val()));
		assertThat(form.select("option[selected]")).singleElement()
			.satisfies((option) -> assertThat(option.text()).isEqualTo("Italiano"));
		assertThat(form.select("option").eachText()).containsExactly("English", "Italiano", "Ελληνικά", "Magyar",
				"Română", "Lietuvių", "Español", "Dansk", "Malti");
		assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Cambia");
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() throws Exception {
		String body = this.mvc.perform(get("/login").param("lang", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).selectFirst("html").attr("lang")).isEqualTo("en");
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
