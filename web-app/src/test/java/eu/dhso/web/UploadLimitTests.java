package eu.dhso.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files larger than the servlet container accepts, posted the way a browser posts the
 * upload forms (their CSRF token where the page puts it), through a real server: the
 * answer is 413 without server details, never a 500 and never a misleading "access
 * denied", and nothing is stored. (Tomcat answers these itself, before the application
 * sees the request, so the page is the container's plain one, not the site's layout.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@Import(TestDatabaseConfiguration.class)
class UploadLimitTests {

	/** The page that holds each upload form, and who opens it. */
	static final Map<String, String[]> FORMS = Map.of("POST /lab/manage/resources",
			new String[] { "trainer", "/lab/manage/resources" }, "POST /cases/import",
			new String[] { "admin", "/cases/import" }, "POST /skills/admin/framework/import",
			new String[] { "admin", "/skills/admin/framework" }, "POST /cases/my/{id}/attachments",
			new String[] { "partner", "/cases/my/{id}/attachments" },
			"POST /mentoring/{id:\\d+}/activities/{activityId:\\d+}/evidence",
			new String[] { "professional", "/mentoring/{plan}" });

	/** Over spring.servlet.multipart.max-file-size (16MB), under max-request-size. */
	static final int OVER_FILE_LIMIT = 16 * 1024 * 1024 + 64 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	UserAccounts accounts;

	@Test
	void everyUploadFormIsCovered() {
		assertThat(FORMS.keySet()).containsExactlyInAnyOrderElementsOf(UploadTests.UPLOADS.keySet());
	}

	@Test
	void aFileOverTheContainersLimitIsRefusedAsTooLarge() throws Exception {
		List<String> problems = new ArrayList<>();
		for (var entry : FORMS.entrySet()) {
			String actor = entry.getValue()[0];
			TestBrowser browser = new TestBrowser(this.port).signIn(actor);
			String plan = String.valueOf(professionalsAgreedPlan());
			String formPage = entry.getValue()[1]
				.replace("{id}", UploadTests.partnersDraft(this.jdbc, this.drafts, this.accounts))
				.replace("{plan}", plan);
			Document page = Jsoup.parse(browser.get(formPage).body());
			Element form = page.selectFirst("form[enctype=multipart/form-data]");
			assertThat(form).as("upload form on %s", formPage).isNotNull();
			String action = form.attr("action");
			String expected = entry.getKey()
				.substring(5)
				.replace("{id}", UploadTests.partnersDraft(this.jdbc, this.drafts, this.accounts))
				.replace("{id:\\d+}", plan);
			// an activity's evidence form: the activity is whichever still takes evidence
			expected = expected.contains("{activityId") ? expected.substring(0, expected.indexOf("{activityId"))
					: expected;
			assertThat(action).as("form action").startsWith(expected);
			Map<String, String> fields = new LinkedHashMap<>();
			String title = "Too large " + UUID.randomUUID();
			fields.put("title", title);
			fields.putAll(UploadTests.UPLOADS.get(entry.getKey()).fields());
			for (Element hidden : form.select("input[type=hidden]")) {
				fields.put(hidden.attr("name"), hidden.attr("value"));
			}
			long resources = count("lab.resource");
			long frameworks = count("core.framework_version");
			long attachments = count("cases.case_attachment");
			long evidence = count("lab.mentoring_evidence");
			byte[] file = UploadTests.padded(UploadTests.PDF, OVER_FILE_LIMIT);
			HttpResponse<String> response = browser.multipart(action, fields, "big.pdf", "application/pdf", file);
			String body = response.body();
			if (response.statusCode() != 413) {
				problems.add("%s: expected 413, got %d %s".formatted(entry.getKey(), response.statusCode(),
						Jsoup.parse(body).text()));
			}
			for (String leak : List.of("Apache Tomcat", "Exception", "at org.", "SizeLimit")) {
				if (body.contains(leak)) {
					problems.add("%s: the 413 page shows '%s'".formatted(entry.getKey(), leak));
				}
			}
			if (count("lab.resource") != resources || count("core.framework_version") != frameworks
					|| count("cases.case_attachment") != attachments || count("lab.mentoring_evidence") != evidence) {
				problems.add(entry.getKey() + ": something was stored");
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The demo professional's agreed work-based plan, which has an activity open for
	 * evidence.
	 */
	private long professionalsAgreedPlan() {
		return this.jdbc.sql("""
				select p.id from lab.mentoring_plan p join core.user_account u on u.id = p.professional_id
				where u.username = 'professional' and p.status = 'AGREED' order by p.id limit 1""")
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
