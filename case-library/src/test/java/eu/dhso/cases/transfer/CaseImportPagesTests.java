package eu.dhso.cases.transfer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class CaseImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser admin;

	Organisation organisation;

	MockHttpSession session;

	@BeforeEach
	void setUp() {
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		this.organisation = this.fixtures.organisation("RO");
		this.session = new MockHttpSession();
	}

	static String word() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	void upload(MockMultipartFile file) throws Exception {
		this.mvc
			.perform(multipart("/cases/import").file(file).session(this.session).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/import/preview"));
	}

	long drafts(String title) {
		return this.jdbc.sql("select count(*) from cases.interview_case where title = :t and status = 'DRAFT'")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	@Test
	void thePreviewShowsEachRowsErrorsAndTheCommitImportsOnlyTheValidRowsAsDrafts() throws Exception {
		String good = "Imported tele-dermatology " + word();
		String badOrganisation = "Imported unknown " + word();
		String badTechnology = "Imported bad technology " + word();
		upload(csv("cases.csv",
				"\uFEFFtitle,organisation,technologies,professions,lessons_learned\n" + good + ","
						+ this.organisation.getName() + ",TELEHEALTH;EHR,NURSE,Train the whole ward\n" + badOrganisation
						+ ",Nowhere Hospital,EHR,,x\n" + badTechnology + "," + this.organisation.getName()
						+ ",TELEPATHY,,x\n"));
		this.mvc.perform(get("/cases/import/preview").session(this.session).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 rows, 1 ready to import")))
			.andExpect(content().string(containsString("unknown value &quot;Nowhere Hospital&quot;")))
			.andExpect(content().string(containsString("unknown value &quot;TELEPATHY&quot;")));
		this.mvc.perform(post("/cases/import/commit").session(this.session).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/import"));
		assertThat(drafts(good)).isOne();
		assertThat(drafts(badOrganisation) + drafts(badTechnology)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from cases.interview_case c join cases.case_technology t on t.case_id = c.id
				where c.title = :t and c.organisation_id = :o and c.country_code = 'RO'""")
			.param("t", good)
			.param("o", this.organisation.getId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aRowTheDatabaseRefusesMidwayUndoesTheWholeImportAndKeepsTheFile() throws Exception {
		String first = "Imported before the failure " + word();
		String refused = "Refused by the database " + word();
		String last = "Imported after the failure " + word();
		String organisation = this.organisation.getName();
		upload(csv("cases.csv", "title,organisation\n" + first + "," + organisation + "\n" + refused + ","
				+ organisation + "\n" + last + "," + organisation + "\n"));
		// a database-side refusal the row checks cannot foresee, on the second insert
		this.jdbc.sql("""
				create function cases.refuse_for_test() returns trigger language plpgsql as $$
				begin
				    if new.title like 'Refused by the database%' then
				        raise exception 'refused for the test';
				    end if;
				    return new;
				end $$""").update();
		this.jdbc
			.sql("create trigger refuse_for_test before insert on cases.interview_case"
					+ " for each row execute function cases.refuse_for_test()")
			.update();
		try {
			this.mvc.perform(post("/cases/import/commit").session(this.session).with(user(this.admin)).with(csrf()))
				.andExpect(redirectedUrl("/cases/import/preview"))
				.andExpect(flash().attribute("error", "cases.import.failed"));
		}
		finally {
			this.jdbc.sql("drop trigger refuse_for_test on cases.interview_case").update();
			this.jdbc.sql("drop function cases.refuse_for_test()").update();
		}
		assertThat(drafts(first) + drafts(refused) + drafts(last)).isZero();
		// the file is still loaded: once the cause is gone, the same import goes through
		this.mvc.perform(post("/cases/import/commit").session(this.session).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/import"));
		assertThat(drafts(first) + drafts(refused) + drafts(last)).isEqualTo(3);
	}

	@Test
	void columnsNamedDifferentlyAreMappedByTheAdmin() throws Exception {
		String title = "Mapped case " + word();
		upload(csv("legacy.csv",
				"Case name;Hospital\n".replace(';', ',') + title + "," + this.organisation.getName() + "\n"));
		this.mvc.perform(get("/cases/import/preview").session(this.session).with(user(this.admin)))
			.andExpect(content().string(containsString("1 rows, 0 ready to import")));
		this.mvc
			.perform(post("/cases/import/mapping").session(this.session)
				.with(user(this.admin))
				.with(csrf())
				.param("column.TITLE", "Case name")
				.param("column.ORGANISATION", "Hospital"))
			.andExpect(redirectedUrl("/cases/import/preview"));
		this.mvc.perform(post("/cases/import/commit").session(this.session).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/import"));
		assertThat(drafts(title)).isOne();
	}

	@Test
	void aFileThatIsNotCsvIsRefusedWithAClearErrorWhateverItsName() throws Exception {
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/cases/import").file(new MockMultipartFile("file", "cases.csv", "text/csv", pdf))
				.session(this.session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This file is not a CSV file.")));
		byte[] latin1 = "title,organisation\nCaf\u00e9,Somewhere\n".getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/cases/import").file(new MockMultipartFile("file", "cases.csv", "text/csv", latin1))
				.session(this.session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not UTF-8 text")));
	}

	@Test
	void aFileAboveTheLimitIsRefused() throws Exception {
		byte[] large = new byte[CsvUpload.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		this.mvc
			.perform(multipart("/cases/import").file(new MockMultipartFile("file", "big.csv", "text/csv", large))
				.session(this.session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is too large")));
	}

	@Test
	void onlyAdminsImport() throws Exception {
		ObservatoryUser editor = this.fixtures.editor();
		ObservatoryUser partner = this.fixtures.partner(this.organisation);
		this.mvc.perform(get("/cases/import").with(user(editor))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/cases/import").file(csv("c.csv", "title,organisation\nx,y\n"))
				.with(user(partner))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/import")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLibrarysOwnExportMapsItselfForImport() {
		CsvUpload upload = CsvUpload.read("export.csv",
				"\uFEFFid,title,summary,organisation,country\n1,A,B,C,IT\n".getBytes(StandardCharsets.UTF_8));
		assertThat(CaseImport.defaultMapping(upload)).containsEntry(ImportField.TITLE, "title")
			.containsEntry(ImportField.ORGANISATION, "organisation")
			.containsEntry(ImportField.COUNTRY, "country")
			.doesNotContainKey(ImportField.PROBLEM);
	}

}
