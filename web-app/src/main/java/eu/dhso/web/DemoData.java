package eu.dhso.web;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import eu.dhso.core.DemoContent;

import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.ReferenceAccounts;
import eu.dhso.core.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration organisations and accounts once, then every module's
 * {@link DemoContent}, all in one transaction behind a PostgreSQL advisory lock, so any
 * number of nodes may start together on an empty database. On by default with the
 * embedded database, off against an external one unless {@code dhso.demo-data=true}. Each
 * row is only added when missing, so restarts and edits made through the application are
 * kept.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	/** The advisory lock demo loading holds; "DHSODEMO" in ASCII. */
	static final long LOCK_KEY = 0x4448534F44454D4FL;

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation("Limassol Digital Care Hospital", OrganisationType.HOSPITAL, "CY"),
			new DemoOrganisation("Aegean Health Skills Institute", OrganisationType.TRAINING_PROVIDER, "GR"),
			new DemoOrganisation("Danube Medical University Centre", OrganisationType.UNIVERSITY, "HU"),
			new DemoOrganisation("Tyrrhenian University Hospital", OrganisationType.HOSPITAL, "IT"),
			new DemoOrganisation("Baltic Digital Care Academy", OrganisationType.TRAINING_PROVIDER, "LT"),
			new DemoOrganisation("Carpathian Regional Health Authority", OrganisationType.HEALTH_AUTHORITY, "RO"),
			new DemoOrganisation("Southern Jutland Health Region", OrganisationType.HEALTH_AUTHORITY, "DK"),
			new DemoOrganisation("Valletta eHealth Association", OrganisationType.ASSOCIATION, "MT"),
			new DemoOrganisation("Iberian Health Technology Cluster", OrganisationType.TECHNOLOGY_PROVIDER, "ES"));

	private final Environment environment;

	private final ObjectProvider<EmbeddedPostgresServer> embeddedDatabase;

	private final ReferenceAccounts accounts;

	private final TransactionTemplate transactions;

	private final List<DemoContent> moduleContent;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	DemoData(Environment environment, ObjectProvider<EmbeddedPostgresServer> embeddedDatabase,
			ReferenceAccounts accounts, TransactionTemplate transactions, List<DemoContent> moduleContent,
			JdbcClient jdbc, EntityManager entityManager) {
		this.environment = environment;
		this.embeddedDatabase = embeddedDatabase;
		this.accounts = accounts;
		this.transactions = transactions;
		this.moduleContent = moduleContent.stream().sorted(Comparator.comparingInt(DemoContent::order)).toList();
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	boolean enabled() {
		return this.environment.getProperty("dhso.demo-data", Boolean.class,
				this.embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		int added = this.transactions.execute((status) -> {
			// Nodes starting together on one database take turns: the lock holds until
			// this
			// transaction ends, so the next node checks what is missing only after the
			// first one's rows are committed, and adds nothing twice.
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().listOfRows();
			int rows = load();
			for (DemoContent content : this.moduleContent) {
				// what one module wrote through JPA is in the database before the next
				// reads it
				this.entityManager.flush();
				this.entityManager.clear();
				rows += content.loadMissing();
			}
			return rows;
		});
		logger.info("Demo data checked: {} rows added", added);
	}

	private int load() {
		int added = 0;
		for (DemoOrganisation demo : ORGANISATIONS) {
			if (this.accounts.addOrganisationIfAbsent(demo.name(), demo.type(), demo.country())) {
				added++;
			}
		}
		for (DemoAccount demo : DemoAccount.ALL) {
			if (this.accounts.addAccountIfAbsent(demo.username(), demo.displayName(), demo.password(), demo.role(),
					demo.organisation())) {
				added++;
			}
		}
		return added;
	}

	record DemoOrganisation(String name, OrganisationType type, String country) {
	}

}
