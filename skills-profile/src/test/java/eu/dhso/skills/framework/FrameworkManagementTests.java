package eu.dhso.skills.framework;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.FrameworkAdministration;
import eu.dhso.core.framework.PublishedVersionException;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Versions, copies, import and export. Publishing is tested inside a transaction that is
 * rolled back, so the other tests keep the starter framework as the latest published one.
 */
@ObservatoryTest
class FrameworkManagementTests {

	static final AtomicLong LABELS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	FrameworkManagement management;

	@Autowired
	InstrumentItems items;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<eu.dhso.core.indicator.IndicatorSource> indicatorSources;

	@Test
	void aCopyIsADraftWithTheFrameworkTheInstrumentAndTheRoleProfilesOfItsSource() {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		Long copy = this.management.copy(source.id(), label(), "Draft for review", "admin");
		FrameworkAdministration.VersionDetail detail = this.management.detail(copy).orElseThrow();
		assertThat(detail.draft()).isTrue();
		assertThat(detail.basedOnId()).isEqualTo(source.id());
		assertThat(detail.areas()).hasSameSizeAs(source.areas());
		assertThat(detail.areas().stream().mapToLong((a) -> a.competences().size()).sum())
			.isEqualTo(source.competenceCount());
		assertThat(this.items.items(copy)).hasSameSizeAs(this.items.items(source.id()));
		assertThat(this.items.items(copy).stream().filter((i) -> i.getKind().name().equals("KNOWLEDGE")))
			.allMatch((i) -> i.getOptions().size() == 4 && i.correctPosition() > 0);
		assertThat(expectedLevels(copy)).isEqualTo(expectedLevels(source.id())).isPositive();
		assertThat(auditEntries("framework.copy", copy)).isOne();
	}

	@Test
	void aFrameworkDraftDoesNotCountAsRoleProfiles() {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		java.math.BigDecimal before = roleProfilesIndicator();
		this.management.copy(source.id(), label(), "Unpublished draft", "admin");
		assertThat(roleProfilesIndicator()).isEqualByComparingTo(before).isPositive();
	}

	private java.math.BigDecimal roleProfilesIndicator() {
		return this.indicatorSources.stream()
			.flatMap((s) -> s.values(java.time.LocalDate.now().plusDays(1)).stream())
			.filter((v) -> v.code().equals("skills.role-profiles"))
			.findFirst()
			.orElseThrow()
			.value();
	}

	@Test
	void exportAndImportRoundTripAVersion() {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		FrameworkDocument exported = this.management.export(source.id()).orElseThrow();
		String label = label();
		Long imported = this.management.importDocument(new FrameworkDocument(label, exported.title(), exported.areas()),
				"admin");
		assertThat(this.management.export(imported).orElseThrow())
			.isEqualTo(new FrameworkDocument(label, exported.title(), exported.areas()));
		// Every competence of an imported version gets a self-rating item.
		assertThat(this.items.items(imported)).hasSize((int) source.competenceCount());
	}

	@Test
	void anInvalidImportNamesEveryProblemAndChangesNothing() {
		long before = versions();
		Map<Integer, String> threeLevels = new LinkedHashMap<>(Map.of(1, "a", 2, "b", 3, "c"));
		FrameworkDocument broken = new FrameworkDocument(label(), "Broken", List.of(
				new FrameworkDocument.Area("S1", "SOFT", "Area", "Description",
						List.of(new FrameworkDocument.Competence("S1.1", "Title", "Description", "6.1",
								"https://example.org/skill", threeLevels))),
				new FrameworkDocument.Area("S1", "FUZZY", "Twin", "Description", List.of())));
		assertThatThrownBy(() -> this.management.importDocument(broken, "admin")).isInstanceOfSatisfying(
				InvalidFrameworkException.class,
				(ex) -> assertThat(ex.getProblems()).extracting(FrameworkRules.Problem::messageKey)
					.contains("skills.framework.error.digcomp", "skills.framework.error.esco",
							"skills.framework.error.levels", "skills.framework.error.areaCode",
							"skills.framework.error.kind", "skills.framework.error.noCompetences"));
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void digcompCodesAndEscoUrisAreValidated() {
		assertThat(FrameworkRules.validDigcomp("2.6")).isTrue();
		assertThat(FrameworkRules.validDigcomp("2.7")).isFalse();
		assertThat(FrameworkRules.validDigcomp("")).isTrue();
		assertThat(FrameworkRules.validEsco("http://data.europa.eu/esco/skill/0a1b2c3d-0000-4000-8000-123456789abc"))
			.isTrue();
		assertThat(FrameworkRules.validEsco("http://data.europa.eu/esco/skill/x\"><script>")).isFalse();
		assertThat(FrameworkRules.validEsco("javascript:alert(1)")).isFalse();
	}

	@Test
	void aPublishedVersionNeverChanges() {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		Long draft = this.management.copy(source.id(), label(), "To publish", "admin");
		this.transactions.executeWithoutResult((status) -> {
			long lock = this.management.detail(draft).orElseThrow().version();
			this.management.publish(draft, lock, "admin");
			assertThat(this.management.detail(draft).orElseThrow().draft()).isFalse();
			assertThat(auditEntries("framework.publish", draft)).isOne();
			assertThatThrownBy(() -> this.management.saveArea(draft, null,
					new FrameworkDocument.Area("X1", "SOFT", "New", "New area", null), 99, "admin"))
				.isInstanceOf(PublishedVersionException.class);
			status.setRollbackOnly();
		});
	}

	@Test
	void editingAPublishedVersionAnswersConflict() throws Exception {
		Long published = this.framework.latestPublished().orElseThrow().id();
		this.mvc.perform(get("/skills/admin/framework/{id}/areas/new", published).with(as(Role.ADMIN)))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/skills/admin/framework/{id}/items/new", published).with(as(Role.ADMIN)))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyAdministratorsReachTheFrameworkPages() throws Exception {
		this.mvc.perform(get("/skills/admin/framework").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/skills/admin/framework/import\"")));
		this.mvc.perform(get("/skills/admin/framework").with(as(Role.EDITOR))).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/admin/framework").with(as(Role.PROFESSIONAL))).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/admin/framework")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theExportIsAJsonDownload() throws Exception {
		Long published = this.framework.latestPublished().orElseThrow().id();
		this.mvc.perform(get("/skills/admin/framework/{id}/export.json", published).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("framework-1.0.json")))
			.andExpect(content().string(containsString("\"S1.1\"")));
	}

	@Test
	void uploadsThatAreNotAFrameworkAreRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(multipart("/skills/admin/framework/import")
				.file(new MockMultipartFile("file", "x.json", "application/json",
						"{not json".getBytes(StandardCharsets.UTF_8)))
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a framework in JSON")));
		this.mvc
			.perform(multipart("/skills/admin/framework/import")
				.file(new MockMultipartFile("file", "big.json", "application/json", new byte[600 * 1024]))
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("larger than 512 KB")));
	}

	@Test
	void aCopyWithoutItsSourceIsABadRequestAndWithOneItOpensTheNewDraft() throws Exception {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		this.mvc
			.perform(post("/skills/admin/framework/copy").param("label", label())
				.param("title", "No source")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/skills/admin/framework/copy").param("source", source.id().toString())
				.param("label", label())
				.param("title", "Copied through the page")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/skills/admin/framework/*"));
	}

	@Test
	void anAdministratorAddsACompetenceAndAKnowledgeItemToADraft() throws Exception {
		FrameworkView source = this.framework.latestPublished().orElseThrow();
		Long draft = this.management.copy(source.id(), label(), "Draft", "admin");
		Long area = this.management.detail(draft).orElseThrow().areas().get(0).id();
		this.mvc
			.perform(post("/skills/admin/framework/{id}/areas/{a}/competences/new", draft, area).param("code", "S1.9")
				.param("title", "Running group video sessions")
				.param("description", "Leading group education sessions by video.")
				.param("digcompCode", "2.4")
				.param("escoUri", "http://data.europa.eu/esco/skill/not a uri")
				.param("sortOrder", "9")
				.param("levels[1]", "a")
				.param("levels[2]", "b")
				.param("levels[3]", "c")
				.param("levels[4]", "d")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not an ESCO URI")));
		this.mvc
			.perform(post("/skills/admin/framework/{id}/areas/{a}/competences/new", draft, area).param("code", "S1.9")
				.param("title", "Running group video sessions")
				.param("description", "Leading group education sessions by video.")
				.param("digcompCode", "2.4")
				.param("escoUri", "")
				.param("sortOrder", "9")
				.param("levels[1]", "a")
				.param("levels[2]", "b")
				.param("levels[3]", "c")
				.param("levels[4]", "d")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/skills/admin/framework/*"));
		Long competence = this.management.detail(draft)
			.orElseThrow()
			.areas()
			.get(0)
			.competences()
			.stream()
			.filter((c) -> c.code().equals("S1.9"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.items.items(draft)).anyMatch((i) -> i.getCompetenceId().equals(competence)
				&& i.getKind().name().equals("SELF_RATING") && i.getCode().equals("SR-S1.9"));
		// Options must all be given; then exactly one is the best answer.
		this.mvc
			.perform(post("/skills/admin/framework/{id}/items/new", draft).param("competence", competence.toString())
				.param("code", "K90")
				.param("prompt", "Which is best?")
				.param("options[0]", "One")
				.param("options[1]", "")
				.param("options[2]", "Three")
				.param("options[3]", "Four")
				.param("correct", "3")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All four options are required")));
		this.mvc
			.perform(post("/skills/admin/framework/{id}/items/new", draft).param("competence", competence.toString())
				.param("code", "K90")
				.param("prompt", "Which is best?")
				.param("options[0]", "One")
				.param("options[1]", "Two")
				.param("options[2]", "Three")
				.param("options[3]", "Four")
				.param("correct", "3")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/skills/admin/framework/*/items"));
		assertThat(this.items.items(draft)).anyMatch((i) -> i.getCode().equals("K90") && i.correctPosition() == 3
				&& i.getOptions().size() == 4 && i.getCompetenceId().equals(competence));
		assertThat(auditEntries("instrument.item.add", null)).isPositive();
	}

	private long expectedLevels(Long version) {
		return this.jdbc.sql("""
				select count(*) from skills.expected_level el
				join skills.role_profile rp on rp.id = el.role_profile_id where rp.framework_version_id = :v""")
			.param("v", version)
			.query(Long.class)
			.single();
	}

	private long versions() {
		return this.jdbc.sql("select count(*) from core.framework_version").query(Long.class).single();
	}

	private long auditEntries(String action, Long objectId) {
		return this.jdbc
			.sql("select count(*) from core.audit_entry where action = :action"
					+ ((objectId != null) ? " and object_id = :id" : ""))
			.param("action", action)
			.param("id", String.valueOf(objectId))
			.query(Long.class)
			.single();
	}

	private static String label() {
		return "t-" + LABELS.incrementAndGet();
	}

	private RequestPostProcessor as(Role role) {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
	}

}
