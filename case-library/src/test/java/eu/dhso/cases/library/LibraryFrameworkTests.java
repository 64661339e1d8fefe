package eu.dhso.cases.library;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library keeps the latest published framework version beside its generation, and a
 * search reads it from there: an older version read late never replaces a later one.
 */
@ObservatoryTest
class LibraryFrameworkTests {

	@Autowired
	LibraryFramework kept;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	PublishedCases library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLatestPublishedVersionIsKeptAtStartAndOnlyALaterOneReplacesIt() {
		FrameworkView latest = this.framework.latestPublished().orElseThrow();
		assertThat(keptVersion()).isEqualTo(latest.id());
		assertThat(this.library.search(LibraryQuery.all(), Locale.ENGLISH).framework()).isEqualTo(latest.id());
		// a node that read the same version, or one published before it, changes nothing
		assertThat(this.kept.keepLatest()).isFalse();
		FrameworkView older = new FrameworkView(latest.id() - 1, "old", "Older", latest.publishedAt().minusSeconds(60),
				List.of());
		assertThat(this.kept.keep(older)).isFalse();
		assertThat(keptVersion()).isEqualTo(latest.id());
		FrameworkView later = new FrameworkView(latest.id() + 1_000_000, "later", "Later",
				latest.publishedAt().plus(Duration.ofDays(1)), List.of());
		try {
			assertThat(this.kept.keep(later)).isTrue();
			assertThat(keptVersion()).isEqualTo(later.id());
			assertThat(this.kept.keep(latest)).isFalse();
		}
		finally {
			this.jdbc.sql("update cases.library_state set framework_version_id = null, framework_published_at = null")
				.update();
			assertThat(this.kept.keepLatest()).isTrue();
		}
		assertThat(keptVersion()).isEqualTo(latest.id());
	}

	private Long keptVersion() {
		return this.jdbc.sql("select framework_version_id from cases.library_state").query(Long.class).single();
	}

}
