package eu.dhso.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.web.SupportedLanguages;
import ch.qos.logback.classic.LoggerContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages render in every shipped language. */
@ObservatoryTest
class PageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	UserAccounts accounts;

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

	/**
	 * Thymeleaf asks whether to trace at every expression; a logging filter answers each
	 * such question before the level does.
	 */
	@Test
	void noLoggingFilterStandsBeforeEveryLevelCheck() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logging.getTurboFilterList()).isEmpty();
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

	@Test
	void pageLinksAreNotLookedUpAsFilesInTheJar() throws Exception {
		List<String> pages = List.of("/", "/login", "/register", "/framework", "/cases", "/cases?q=nurses", "/skills",
				"/lab", "/guidelines");
		for (String page : pages) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
		}
		AtomicInteger lookups = new AtomicInteger();
		List<Runnable> restore = countClasspathLookups(lookups);
		try {
			for (String page : pages) {
				this.mvc.perform(get(page)).andExpect(status().isOk());
			}
		}
		finally {
			restore.forEach(Runnable::run);
		}
		// Style sheets and scripts were resolved once and cached; links to pages never
		// match a static mapping, so a render reads nothing from the class path.
		assertThat(lookups).as("class-path look-ups for the links of %s", pages).hasValue(0);
	}

	@Test
	void everyPageUsesTheLayoutFragmentNotTheRemovedLayoutDialect() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			if (template.getContentAsString(StandardCharsets.UTF_8).contains("layout:")) {
				offenders.add(template.getURL().toString());
			}
		}
		// Convert with: <html ... th:replace="~{layout :: page(#{its.title}, ~{::link},
		// ~{::content})}"> (~{} when its head has no <link>) and th:fragment="content".
		assertThat(offenders).as("templates still using the layout dialect").isEmpty();
	}

	@Test
	void aRepeatedAnonymousRequestForAPublicPageIsAnswered304() throws Exception {
		for (String page : List.of("/", "/cases", "/framework", "/guidelines")) {
			MockHttpServletResponse first = this.mvc.perform(get(page).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=60, public"))
				.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Cookie")))
				.andReturn()
				.getResponse();
			String etag = first.getHeader("ETag");
			assertThat(etag).as(page).startsWith("W/\"");
			MockHttpServletResponse again = this.mvc
				.perform(get(page).accept(MediaType.TEXT_HTML).header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andReturn()
				.getResponse();
			assertThat(again.getContentAsByteArray()).as(page).isEmpty();
			assertThat(again.getHeader("ETag")).isEqualTo(etag);
		}
	}

	@Test
	void pagesWithAFormTokenOrAPersonalAnswerAreNeverStored() throws Exception {
		// The sign-in form carries a CSRF token of the visitor's own session.
		this.mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().doesNotExist("ETag"));
		// Choosing a language sets a cookie: that answer is the chooser's.
		this.mvc.perform(get("/cases").param("lang", "it").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		// A signed-in person's view of a public page is theirs.
		this.mvc
			.perform(get("/cases").accept(MediaType.TEXT_HTML)
				.with(SecurityMockMvcRequestPostProcessors
					.user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("partner").orElseThrow()))))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().doesNotExist("ETag"));
		// An error page is not kept either.
		this.mvc.perform(get("/cases/999999999").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void theSitemapListsPublishedCasesGuidelinesReportsAndSchemesAsAbsoluteLinks() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sitemap).startsWith("<?xml")
			.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/cases</loc>")
			.containsPattern("<loc>http://localhost:8080/cases/\\d+</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>")
			.containsPattern("<loc>http://localhost:8080/cases/reports/\\d+</loc>")
			.containsPattern("<loc>http://localhost:8080/guidelines/[a-z0-9-]+</loc>")
			.containsPattern("<loc>http://localhost:8080/observatory/reports/[a-z0-9-]+</loc>")
			.containsPattern("<loc>http://localhost:8080/lab/schemes/\\d+</loc>")
			.doesNotContain("/admin", "/account", "/cases/my");
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /admin/");
	}

	@Test
	void publicPagesDescribeThemselvesInTheReadersLanguage() throws Exception {
		String italian = this.mvc.perform(get("/cases").param("lang", "it"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(italian).contains("<meta name=\"description\" content=\"L&#39;Osservatorio delle competenze")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/cases\">")
			.contains("<link rel=\"alternate\" hreflang=\"el\" href=\"http://localhost:8080/cases?lang=el\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/cases\">")
			.contains("<meta property=\"og:title\" content=\"")
			.contains("<meta property=\"og:locale\" content=\"it\">");
	}

	@Test
	void aCasePageIsDescribedByItsOwnSummary() throws Exception {
		Document library = Jsoup.parse(this.mvc.perform(get("/cases")).andReturn().getResponse().getContentAsString());
		String href = library.select("a[href~=^/cases/\\d+$]").first().attr("href");
		Document page = Jsoup.parse(this.mvc.perform(get(href)).andReturn().getResponse().getContentAsString());
		String generic = library.select("meta[name=description]").attr("content");
		String description = page.select("meta[name=description]").attr("content");
		assertThat(description).isNotBlank().isNotEqualTo(generic);
		assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
		String start = description.substring(0, Math.min(40, description.length()));
		assertThat(page.select("main").text()).contains(start);
	}

	/** Puts a counter in front of the class-path look-up of every static mapping. */
	private List<Runnable> countClasspathLookups(AtomicInteger lookups) {
		List<Runnable> restore = new ArrayList<>();
		// one handler may serve several patterns
		Set<ResourceHttpRequestHandler> handlers = Collections.newSetFromMap(new IdentityHashMap<>());
		handlers.addAll(this.resourceUrls.getHandlerMap().values());
		for (ResourceHttpRequestHandler handler : handlers) {
			List<ResourceResolver> resolvers = handler.getResourceResolvers();
			int last = resolvers.size() - 1;
			ResourceResolver path = resolvers.get(last);
			assertThat(path).isInstanceOf(PathResourceResolver.class);
			resolvers.set(last, new ResourceResolver() {

				@Override
				public Resource resolveResource(HttpServletRequest request, String requestPath,
						List<? extends Resource> locations, ResourceResolverChain chain) {
					return path.resolveResource(request, requestPath, locations, chain);
				}

				@Override
				public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
						ResourceResolverChain chain) {
					lookups.incrementAndGet();
					return path.resolveUrlPath(resourcePath, locations, chain);
				}

			});
			restore.add(() -> resolvers.set(last, path));
		}
		return restore;
	}

}
