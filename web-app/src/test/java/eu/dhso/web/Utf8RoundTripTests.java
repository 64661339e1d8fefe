package eu.dhso.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greek, Lithuanian and Romanian text (OWASP ASVS V1.1) through a real server: typed into
 * a form, posted URL-encoded or multipart, saved, and shown again unchanged; a file name
 * in those scripts survives the upload and the download. Registration and the library
 * search are covered in {@link RealServerTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@Import(TestDatabaseConfiguration.class)
class Utf8RoundTripTests {

	/**
	 * Greek; Lithuanian; Romanian with comma-below and, as people still type them,
	 * cedilla letters.
	 */
	static final String TEXT = "Ψηφιακή υγεία για όλους · ąčęėįšųūž ĄČĘĖĮŠŲŪŽ · ăâîșț ĂÂÎȘȚ şţ";

	@LocalServerPort
	int port;

	@Test
	void aCaseDraftKeepsItsTextThroughTheFormAndThePage() throws Exception {
		TestBrowser partner = new TestBrowser(this.port).signIn("partner");
		String title = "Τηλεϊατρική " + UUID.randomUUID().toString().substring(0, 8)
				+ " · Nuotolinė slauga · Îngrijire";
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", partner.csrf("/cases/my/new"));
		form.put("title", title);
		form.put("summary", TEXT);
		form.put("technologies", "TELEHEALTH");
		form.put("professions", "NURSE");
		form.put("careSetting", "HOME_CARE");
		form.put("periodStart", "2024-02-01");
		form.put("stage", "PILOT");
		HttpResponse<String> saved = partner.post("/cases/my", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = saved.headers().firstValue("Location").orElseThrow().replaceAll("/edit/.*", "");
		HttpResponse<String> shown = partner.get(page.replaceFirst("^https?://[^/]+", ""));
		assertThat(shown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).containsIgnoringCase("charset=UTF-8"));
		assertThat(shown.body()).contains(title).contains(TEXT);
		assertThat(partner.get("/cases/my").body()).contains(title);
	}

	@Test
	void aResourceKeepsItsTextAndItsFileNameThroughAMultipartUpload() throws Exception {
		TestBrowser trainer = new TestBrowser(this.port).signIn("trainer");
		Element form = Jsoup.parse(trainer.get("/lab/manage/resources").body())
			.selectFirst("form[enctype=multipart/form-data]");
		assertThat(form).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element hidden : form.select("input[type=hidden]")) {
			fields.put(hidden.attr("name"), hidden.attr("value"));
		}
		String title = "Οδηγός " + UUID.randomUUID().toString().substring(0, 8) + " · Vadovas · Ghid";
		fields.put("title", title);
		fields.put("description", TEXT);
		fields.put("kind", "DOCUMENT");
		fields.put("language", "el");
		fields.put("licence", "CC BY 4.0");
		String fileName = "οδηγός-ąčęėįšųūž-ăâîșț.txt";
		byte[] content = (TEXT + "\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> created = trainer.multipart(form.attr("action"), fields, fileName,
				"text/plain; charset=UTF-8", content);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String resource = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(resource).startsWith("/lab/resources/");
		assertThat(trainer.get(resource).body()).contains(title).contains(TEXT);

		HttpResponse<byte[]> file = trainer.download(resource + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(content);
		String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).contains("filename*=UTF-8''");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17).split(";")[0];
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(fileName);

		String catalogue = trainer.get("/lab/catalogue?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)).body();
		assertThat(catalogue).contains(title);
	}

}
