package eu.dhso.cases.library;

import java.sql.Timestamp;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.FrameworkPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps which framework version the library names competences by beside the library's
 * generation ({@code cases.library_state}), so a search reads both in one statement: on
 * every node, asking the framework was a statement per page of its own, and under load a
 * statement costs a page more than its time in the database.
 */
@Component
class LibraryFramework {

	private static final Logger logger = LoggerFactory.getLogger(LibraryFramework.class);

	private final CompetenceFramework framework;

	private final JdbcClient jdbc;

	LibraryFramework(CompetenceFramework framework, JdbcClient jdbc) {
		this.framework = framework;
		this.jdbc = jdbc;
	}

	/** A version published while this node was down is taken up at start. */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			keepLatest();
		}
		catch (RuntimeException ex) {
			logger.warn("The library could not keep the published framework version; it asks the framework", ex);
		}
	}

	// after the publication commits, in a transaction of its own; the event publication
	// registry retries it until it completes
	@ApplicationModuleListener
	void on(FrameworkPublished event) {
		keepLatest();
	}

	/**
	 * Keeps the latest published version unless a later one is kept: two nodes that read
	 * the latest at different times never put back the older.
	 */
	boolean keepLatest() {
		return this.framework.latestPublished().map(this::keep).orElse(false);
	}

	boolean keep(FrameworkView version) {
		return this.jdbc.sql("""
				update cases.library_state set framework_version_id = :id, framework_published_at = :at
				where framework_published_at is null
				    or (framework_published_at, framework_version_id) < (:at, :id)""")
			.param("id", version.id())
			.param("at", Timestamp.from(version.publishedAt()))
			.update() > 0;
	}

}
