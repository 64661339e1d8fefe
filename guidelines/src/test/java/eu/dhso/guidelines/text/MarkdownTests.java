package eu.dhso.guidelines.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	final Markdown markdown = new Markdown();

	@Test
	void rendersHeadingsListsAndLinks() {
		String html = this.markdown.toSafeHtml("### Aim\n\n- one\n- [case](/cases/3)\n");
		assertThat(html).contains("<h3>Aim</h3>", "<li>one</li>", "href=\"/cases/3\"");
	}

	@Test
	void scriptsHandlersAndJavascriptLinksNeverSurvive() {
		String html = this.markdown.toSafeHtml(
				"<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n\n<b onclick=\"y\">b</b>");
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, img, iframe, style")).isEmpty();
		for (Element element : document.body().getAllElements()) {
			element.attributes().forEach((a) -> {
				assertThat(a.getKey()).doesNotStartWith("on");
				assertThat(a.getValue()).doesNotContainIgnoringCase("javascript");
			});
		}
	}

}
