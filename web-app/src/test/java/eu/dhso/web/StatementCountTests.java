package eu.dhso.web;

import java.util.UUID;

import javax.sql.DataSource;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * List pages issue a fixed number of SQL statements however many rows they show: no
 * statement per row (N+1). Pages compare two row counts below one page, so Spring Data's
 * skipped count query does not blur the comparison.
 */
@ObservatoryTest
class StatementCountTests {

	static final String COUNTED = "dhso-counted";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AccountLifecycle accountService;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theUserListIssuesTheSameStatementsForTwoOrNineteenUsers() throws Exception {
		String marker = "count" + UUID.randomUUID().toString().substring(0, 6);
		createUsers(marker, 2);
		long few = statements(get("/admin/users").param("q", marker).with(demo("admin")));
		createUsers(marker, 17);
		long many = statements(get("/admin/users").param("q", marker).with(demo("admin")));
		assertThat(many).isEqualTo(few);
	}

	@Test
	void theAuditLogIssuesTheSameStatementsForTwoOrFortyEntries() throws Exception {
		String actor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
		record(actor, 2);
		long few = statements(get("/admin/audit").param("actor", actor).with(demo("admin")));
		record(actor, 38);
		long many = statements(get("/admin/audit").param("actor", actor).with(demo("admin")));
		assertThat(many).isEqualTo(few);
	}

	@Test
	void thePartnersCaseListIssuesTheSameStatementsWithMoreDrafts() throws Exception {
		long before = statements(get("/cases/my").with(demo("partner")));
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/cases/my").with(demo("partner"))
				.with(csrf())
				.param("title", "Statement count draft " + i)
				.param("summary", "Counting statements")
				.param("technologies", "TELEHEALTH")
				.param("professions", "NURSE")
				.param("careSetting", "HOME_CARE")
				.param("periodStart", "2024-02-01")
				.param("stage", "PILOT"));
		}
		long after = statements(get("/cases/my").with(demo("partner")));
		assertThat(after).isEqualTo(before);
	}

	@Test
	void theLibraryIssuesTheSameStatementsForOneHitOrEveryPublishedCase() throws Exception {
		// the published framework's titles are cached after their first read
		statements(get("/cases"));
		// a new generation of the library (as after a publication): every search is new,
		// and the first one brings this node's search index up to it
		newLibraryGeneration();
		statements(get("/cases").param("q", "digital"));
		// new searches the index answers, of words new at this generation: the generation
		// with the words worked out and the framework version that names the
		// competences (no statement of the framework's own), then the page's rows
		long one = statements(get("/cases").param("q", "Troodos"));
		long many = statements(get("/cases").param("q", "health"));
		assertThat(many).isEqualTo(one);
		assertThat(one).isEqualTo(2);
		// a new search of words known at the generation: its rows with the generation,
		// in one statement and no transaction
		assertThat(statements(get("/cases").param("q", "health").param("sort", "newest"))).isOne();
		// new searches the database answers (the unfiltered library, a phrase)
		long all = statements(get("/cases"));
		long phrase = statements(get("/cases").param("q", "\"Troodos villages\""));
		assertThat(phrase).isEqualTo(all);
		// a known search (another page size, the next page) reads only its rows, with
		// the generation
		long known = statements(get("/cases").param("size", "100"));
		assertThat(statements(get("/cases").param("q", "Troodos").param("size", "50"))).isEqualTo(known);
		assertThat(statements(get("/cases").param("page", "1"))).isEqualTo(known);
		assertThat(known).isOne().isLessThan(all);
		// the same page again at the same generation reads nothing but the generation
		assertThat(statements(get("/cases").param("page", "1"))).isOne();
	}

	@Test
	void theSkillsMapIssuesTheSameStatementsWithOrWithoutAFilter() throws Exception {
		// The first map of the JVM also reads the disclosure-control seed, once.
		statements(get("/skills/map").with(demo("editor")));
		// computed from the summary: once per generation of the map's data and filter
		newMapGeneration();
		long all = statements(get("/skills/map").with(demo("editor")));
		newMapGeneration();
		long filtered = statements(get("/skills/map").param("country", "IT").with(demo("editor")));
		assertThat(filtered).isEqualTo(all);
		// kept: only the generation is read (the unfiltered map was computed in the
		// generation before, so once more first)
		long keptFiltered = statements(get("/skills/map").param("country", "IT").with(demo("editor")));
		statements(get("/skills/map").with(demo("editor")));
		long keptAll = statements(get("/skills/map").with(demo("editor")));
		assertThat(keptFiltered).isEqualTo(keptAll);
		assertThat(keptAll).isLessThan(all);
		// the public map adds the calibration index: computed, then kept, as the map is
		newMapGeneration();
		statements(get("/skills/map/public"));
		newMapGeneration();
		// after a change the calibration index reads the generation once more (its check
		// that the kept table holds takes no lock, its computation does), but not the
		// framework version, which the heatmap resolved
		assertThat(statements(get("/skills/map/public"))).isLessThanOrEqualTo(all + 2);
		// kept, the calibration table is the one computed at the generation the heatmap
		// read, and the framework version the heatmap resolved: no statement of its own
		assertThat(statements(get("/skills/map/public"))).isLessThanOrEqualTo(keptAll);
	}

	@Test
	void pagesListingEveryProfessionOrTheReviewQueueStayBelowAFixedBudget() throws Exception {
		// Fewer statements than rows: ten professions or a queue of demo cases would show
		// a
		// statement per row.
		assertThat(statements(get("/skills/profiles"))).isLessThanOrEqualTo(6);
		assertThat(statements(get("/cases/review").with(demo("editor")))).isLessThanOrEqualTo(6);
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		QueryCountHolder.clear();
		int status = this.mvc.perform(request.accept("text/html")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		// a request that ran no statement has no count at all
		QueryCount count = QueryCountHolder.get(COUNTED);
		long total = (count != null) ? count.getTotal() : 0;
		MockHttpServletRequest sent = request.buildRequest(new MockServletContext());
		System.out.printf("%d SQL statements for %s?%s%n", total, sent.getRequestURI(), sent.getQueryString());
		return total;
	}

	private void newMapGeneration() {
		this.jdbc.sql("update skills.map_state set generation = nextval('skills.map_generation')").update();
	}

	private void newLibraryGeneration() {
		this.jdbc.sql("update cases.library_state set generation = nextval('cases.library_generation')").update();
	}

	private void createUsers(String marker, int count) {
		for (int i = 0; i < count; i++) {
			this.accountService
				.createIfAbsent(new NewAccount(marker + "-" + UUID.randomUUID().toString().substring(0, 8),
						"Counted " + i, null, TestAccounts.PASSWORD), Role.PROFESSIONAL, null);
		}
	}

	private void record(String actor, int count) {
		for (int i = 0; i < count; i++) {
			this.auditLog.record(actor, "statement.count", "test", i, "SUCCESS", null);
		}
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

	/** Counts statements per thread on the application's own data source. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
						return ProxyDataSourceBuilder.create(dataSource).name(COUNTED).countQuery().build();
					}
					return bean;
				}

			};
		}

	}

}
