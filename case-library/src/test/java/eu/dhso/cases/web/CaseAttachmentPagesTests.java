package eu.dhso.cases.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments of interview cases through the real security filter chain: what is
 * accepted, who may upload, download and remove, and what the public sees.
 */
@ObservatoryTest
class CaseAttachmentPagesTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	CaseReview review;

	@Autowired
	JdbcClient jdbc;

	Organisation organisation;

	ObservatoryUser partner;

	ObservatoryUser editor;

	@BeforeEach
	void setUp() {
		this.organisation = this.fixtures.organisation("IT");
		this.partner = this.fixtures.partner(this.organisation);
		this.editor = this.fixtures.editor();
	}

	@Test
	void anEmptyAttachmentsStepReadsAsASentenceInEveryLanguage() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/my/" + id + "/attachments").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("No files of at most"))))
			.andExpect(content().string(containsString("Files (0 of at most 10)")))
			.andExpect(content().string(containsString("No file is attached yet: you can attach up to 10.")));
		this.mvc.perform(get("/cases/my/" + id + "/attachments").param("lang", "it").with(user(this.partner)))
			.andExpect(content().string(containsString("File (0 su un massimo di 10)")))
			.andExpect(content().string(not(containsString("Nessun file su"))));
		this.mvc.perform(get("/cases/my/" + id + "/attachments").param("lang", "el").with(user(this.partner)))
			.andExpect(content().string(containsString("Αρχεία (0 από 10 το πολύ)")))
			.andExpect(content().string(not(containsString("Κανένα αρχείο από"))));
	}

	@Test
	void aPartnerAttachesAPdfAPngAndAJpegAndDownloadsThem() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "report.pdf", "application/pdf", PDF), false)
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"))
			.andExpect(flash().attribute("success", "cases.attachment.added"));
		upload(id, new MockMultipartFile("file", "poster.png", "image/png", PNG), true)
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"));
		// the browser's word and the name do not count: a JPEG sent as a PDF is a JPEG
		upload(id, new MockMultipartFile("file", "photo.pdf", "application/pdf", JPEG), false)
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"));

		assertThat(this.jdbc
			.sql("select file_name || ' ' || content_type || ' ' || size_bytes || ' ' || is_public"
					+ " from cases.case_attachment where case_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("report.pdf application/pdf " + PDF.length + " false",
					"poster.png image/png " + PNG.length + " true",
					"photo.pdf.jpg image/jpeg " + JPEG.length + " false");

		MockHttpServletResponse pdf = this.mvc
			.perform(get("/cases/my/" + id + "/attachments/" + attachmentId(id, "report.pdf")).with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(pdf.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store").contains("private");
		assertThat(ContentDisposition.parse(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isAttachment()).isTrue();
		this.mvc
			.perform(get("/cases/my/" + id + "/attachments/" + attachmentId(id, "poster.png")).with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(content().bytes(PNG));

		this.mvc.perform(get("/cases/my/" + id + "/attachments").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report.pdf")))
			.andExpect(content().string(containsString("photo.pdf.jpg")))
			.andExpect(content().string(containsString("Public once the case is published")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		this.mvc.perform(get("/cases/my/" + id).with(user(this.partner)))
			.andExpect(content().string(containsString("poster.png")));
		assertThat(audited(id, "case.attachment.upload")).isEqualTo(3);
	}

	@Test
	void anHtmlPageOrAProgramNamedAsAPdfIsRefusedAndNothingIsStored() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		upload(id, new MockMultipartFile("file", "x.pdf", "application/pdf", html), true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only PDF, PNG and JPEG files can be attached")))
			.andExpect(content().string(containsString("this file&#39;s content is none of them")));
		upload(id,
				new MockMultipartFile("file", "setup.pdf", "application/pdf",
						new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }),
				false)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only PDF, PNG and JPEG files can be attached")));
		assertThat(count(id)).isZero();
	}

	@Test
	void anEmptyFileOrNoFileIsRefused() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), false)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is empty")));
		this.mvc
			.perform(multipart("/cases/my/" + id + "/attachments").param("caption", "No file")
				.with(user(this.partner))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is empty")))
			.andExpect(content().string(containsString("value=\"No file\"")));
		assertThat(count(id)).isZero();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		upload(id, new MockMultipartFile("file", "large.pdf", "application/pdf", large), false)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is larger than 10 MB")));
		assertThat(count(id)).isZero();
		// exactly at the limit is fine
		upload(id, new MockMultipartFile("file", "limit.pdf", "application/pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024)),
				false)
			.andExpect(status().is3xxRedirection());
		assertThat(count(id)).isOne();
	}

	@Test
	void aCaseTakesAtMostTenFiles() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		for (int i = 0; i < 10; i++) {
			upload(id, new MockMultipartFile("file", "page-" + i + ".png", "image/png", PNG), false)
				.andExpect(status().is3xxRedirection());
		}
		upload(id, new MockMultipartFile("file", "one-more.png", "image/png", PNG), false)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A case can have at most 10 files")));
		assertThat(count(id)).isEqualTo(10);
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		this.mvc
			.perform(multipart("/cases/my/" + id + "/attachments")
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf", PDF))
				.with(user(this.partner)))
			.andExpect(status().isForbidden());
		assertThat(count(id)).isZero();
	}

	@Test
	void anotherOrganisationsPartnerGets404ForUploadDownloadAndRemoval() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "report.pdf", "application/pdf", PDF), false);
		long attachment = attachmentId(id, "report.pdf");
		ObservatoryUser other = this.fixtures.partner(this.fixtures.organisation("GR"));
		String base = "/cases/my/" + id + "/attachments";
		this.mvc.perform(get(base).with(user(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(multipart(base).file(new MockMultipartFile("file", "mine.pdf", "application/pdf", PDF))
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/" + attachment).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/" + attachment + "/remove").with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/" + attachment + "/remove").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(count(id)).isOne();
		// nor does the right partner reach another case's file through their own case
		Long mine = draft(ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/my/" + mine + "/attachments/" + attachment).with(user(this.partner)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cases/my/" + mine + "/attachments/" + attachment + "/remove").with(user(this.partner))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// people without a role on cases do not get in at all
		this.mvc.perform(get(base + "/" + attachment)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPartnerRemovesAFileAfterConfirmingIt() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "old-poster.png", "image/png", PNG), false);
		long attachment = attachmentId(id, "old-poster.png");
		String remove = "/cases/my/" + id + "/attachments/" + attachment + "/remove";
		this.mvc.perform(get("/cases/my/" + id + "/attachments").with(user(this.partner)))
			.andExpect(content().string(containsString("href=\"" + remove + "\"")));
		this.mvc.perform(get(remove).with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove this file?")))
			.andExpect(content().string(containsString("old-poster.png")))
			.andExpect(content().string(containsString("action=\"" + remove + "\"")));
		assertThat(count(id)).isOne();
		this.mvc.perform(post(remove).with(user(this.partner))).andExpect(status().isForbidden());
		this.mvc.perform(post(remove).with(user(this.partner)).with(csrf()))
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"))
			.andExpect(flash().attribute("success", "cases.attachment.deleted"));
		assertThat(count(id)).isZero();
		assertThat(audited(id, "case.attachment.remove")).isOne();
	}

	@Test
	void filesChangeOnlyWhileTheCaseIsEditable() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "report.pdf", "application/pdf", PDF), false);
		long attachment = attachmentId(id, "report.pdf");
		this.drafts.submit(id, this.partner);
		upload(id, new MockMultipartFile("file", "late.pdf", "application/pdf", PDF), false)
			.andExpect(redirectedUrl("/cases/my/" + id))
			.andExpect(flash().attribute("error", "cases.attachment.locked"));
		this.mvc
			.perform(post("/cases/my/" + id + "/attachments/" + attachment + "/remove").with(user(this.partner))
				.with(csrf()))
			.andExpect(flash().attribute("error", "cases.attachment.locked"));
		this.mvc.perform(get("/cases/my/" + id + "/attachments").with(user(this.partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("multipart/form-data"))));
		assertThat(count(id)).isOne();
		// the editor reviews the file and downloads it through the case's own address
		this.mvc.perform(get("/cases/review/" + id).with(user(this.editor)))
			.andExpect(content().string(containsString("/cases/my/" + id + "/attachments/" + attachment)));
		this.mvc.perform(get("/cases/my/" + id + "/attachments/" + attachment).with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
	}

	@Test
	void anEditorAddsAndRemovesFilesOfACaseSentBackForChanges() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		this.drafts.submit(id, this.partner);
		this.review.startReview(id, this.editor);
		this.review.requestChanges(id, this.editor, "Please attach the poster");
		this.mvc
			.perform(multipart("/cases/my/" + id + "/attachments")
				.file(new MockMultipartFile("file", "poster.png", "image/png", PNG))
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"));
		this.mvc.perform(get("/cases/my/" + id + "/attachments").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cases/review/" + id + "\"")));
		long attachment = attachmentId(id, "poster.png");
		this.mvc
			.perform(post("/cases/my/" + id + "/attachments/" + attachment + "/remove").with(user(this.editor))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/my/" + id + "/attachments"));
		assertThat(count(id)).isZero();
	}

	@Test
	void thePublicDownloadsOnlyThePublicFilesOfAPublishedCase() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "poster.png", "image/png", PNG), true);
		upload(id, new MockMultipartFile("file", "consent-form.pdf", "application/pdf", PDF), false);
		long poster = attachmentId(id, "poster.png");
		long consentForm = attachmentId(id, "consent-form.pdf");
		// not public before publication
		this.mvc.perform(get("/cases/" + id + "/attachments/" + poster)).andExpect(status().isNotFound());
		publish(id);

		MockHttpServletResponse response = this.mvc.perform(get("/cases/" + id + "/attachments/" + poster))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache");
		this.mvc.perform(get("/cases/" + id + "/attachments/" + consentForm)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cases/" + id + "/attachments/" + poster + "\"")))
			.andExpect(content().string(not(containsString("consent-form.pdf"))));

		// an attachment of another published case is not reachable through this one
		Long other = draft(ConsentScope.PUBLIC);
		upload(other, new MockMultipartFile("file", "other.png", "image/png", PNG), true);
		publish(other);
		long othersFile = attachmentId(other, "other.png");
		this.mvc.perform(get("/cases/" + other + "/attachments/" + othersFile)).andExpect(status().isOk());
		this.mvc.perform(get("/cases/" + id + "/attachments/" + othersFile)).andExpect(status().isNotFound());

		// archived: gone from the library, files too
		this.review.archive(other, this.editor, "Outdated");
		this.mvc.perform(get("/cases/" + other + "/attachments/" + othersFile)).andExpect(status().isNotFound());
	}

	@Test
	void filesOfAnInternalCaseAreNeverPublic() throws Exception {
		Long internal = draft(ConsentScope.INTERNAL);
		upload(internal, new MockMultipartFile("file", "poster.png", "image/png", PNG), true);
		long poster = attachmentId(internal, "poster.png");
		this.mvc.perform(get("/cases/my/" + internal + "/attachments").with(user(this.partner)))
			.andExpect(content().string(containsString("none of its files will ever be public")));
		this.mvc.perform(get("/cases/" + internal + "/attachments/" + poster)).andExpect(status().isNotFound());

		// a published case whose consent is narrowed to internal in a new version: its
		// files leave the library at once
		Long id = draft(ConsentScope.PUBLIC);
		upload(id, new MockMultipartFile("file", "chart.png", "image/png", PNG), true);
		long chart = attachmentId(id, "chart.png");
		publish(id);
		this.mvc.perform(get("/cases/" + id + "/attachments/" + chart)).andExpect(status().isOk());
		this.drafts.revise(id, this.partner);
		consent(id, ConsentScope.INTERNAL);
		this.mvc.perform(get("/cases/" + id + "/attachments/" + chart)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());
		// widening consent again waits for the next publication (issue 13: narrowing took
		// the
		// case offline, and only review brings it back)
		consent(id, ConsentScope.PUBLIC);
		this.mvc.perform(get("/cases/" + id + "/attachments/" + chart)).andExpect(status().isNotFound());
	}

	@Test
	void aFileAddedToANewVersionIsPublicOnlyOnceThatVersionIsPublished() throws Exception {
		Long id = draft(ConsentScope.ANONYMISED);
		upload(id, new MockMultipartFile("file", "first.png", "image/png", PNG), true);
		long first = attachmentId(id, "first.png");
		publish(id);
		this.drafts.revise(id, this.partner);
		upload(id, new MockMultipartFile("file", "second.png", "image/png", PNG), true)
			.andExpect(status().is3xxRedirection());
		long second = attachmentId(id, "second.png");
		this.mvc.perform(get("/cases/" + id + "/attachments/" + first)).andExpect(status().isOk());
		this.mvc.perform(get("/cases/" + id + "/attachments/" + second)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/" + id)).andExpect(content().string(not(containsString("second.png"))));
		publish(id);
		this.mvc.perform(get("/cases/" + id + "/attachments/" + second)).andExpect(status().isOk());
		this.mvc.perform(get("/cases/" + id)).andExpect(content().string(containsString("second.png")));
	}

	@Test
	void aGreekFileNameArrivesIntactInTheContentDisposition() throws Exception {
		Long id = draft(ConsentScope.PUBLIC);
		String name = "Έκθεση αξιολόγησης «τηλεϊατρική».pdf";
		upload(id, new MockMultipartFile("file", name, "application/pdf", PDF), true);
		long attachment = attachmentId(id, name);
		publish(id);
		for (String url : List.of("/cases/my/" + id + "/attachments/" + attachment,
				"/cases/" + id + "/attachments/" + attachment)) {
			String disposition = this.mvc.perform(get(url).with(user(this.partner)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.CONTENT_DISPOSITION);
			assertThat(disposition).startsWith("attachment;")
				.contains("filename*=UTF-8''%CE%88%CE%BA%CE%B8%CE%B5%CF%83%CE%B7%20")
				.doesNotContain("Έκθεση");
			assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(name);
		}
	}

	private void consent(Long id, ConsentScope scope) {
		this.drafts.edit(id, this.partner, this.drafts.load(id, this.partner).getVersion(),
				(c) -> c.recordInterview(new Interview(LocalDate.of(2025, 4, 1), "Interviewer", "CF-" + id, scope),
						List.of(new Interviewee("Head nurse", null)), Clock.systemUTC()));
	}

	private Long draft(ConsentScope scope) {
		return this.fixtures.completeDraft(this.partner, "Attachments " + CasePagesTests.word(), "x", "TELEHEALTH",
				scope);
	}

	private void publish(Long id) {
		this.drafts.submit(id, this.partner);
		this.review.startReview(id, this.editor);
		this.review.approve(id, this.editor);
		this.review.publish(id, this.editor);
	}

	private ResultActions upload(Long id, MockMultipartFile file, boolean shownPublicly) throws Exception {
		return this.mvc.perform(multipart("/cases/my/" + id + "/attachments").file(file)
			.param("caption", "About " + file.getOriginalFilename())
			.param("shownPublicly", String.valueOf(shownPublicly))
			.with(user(this.partner))
			.with(csrf()));
	}

	private long attachmentId(Long caseId, String fileName) {
		return this.jdbc.sql("select id from cases.case_attachment where case_id = :id and file_name = :name")
			.param("id", caseId)
			.param("name", fileName)
			.query(Long.class)
			.single();
	}

	private long count(Long caseId) {
		return this.jdbc.sql("select count(*) from cases.case_attachment where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	private long audited(Long caseId, String action) {
		return this.jdbc
			.sql("select count(*) from core.audit_entry where object_type = 'InterviewCase' and object_id = :id"
					+ " and action = :action")
			.param("id", caseId.toString())
			.param("action", action)
			.query(Long.class)
			.single();
	}

}
