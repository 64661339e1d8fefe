package eu.dhso.core.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTests {

	private final MessageBundles messages = bundles();

	/** Spring formats under the lock of what it is handed: it must not be shared. */
	@Test
	void eachFormattingGetsItsOwnFormat() {
		MessageFormat first = this.messages.resolveCode("pager.position", Locale.ENGLISH);
		MessageFormat second = this.messages.resolveCode("pager.position", Locale.ENGLISH);
		assertThat(first).isNotNull().isNotSameAs(second);
		assertThat(first.toPattern()).isEqualTo(second.toPattern());
	}

	@Test
	void messagesAreFormattedAsBefore() {
		assertThat(this.messages.getMessage("pager.position", new Object[] { 2, 40, 1200 }, Locale.ENGLISH))
			.isEqualTo("Page 2 of 40 (1,200 in all)");
		assertThat(this.messages.getMessage("pager.position", new Object[] { 2, 40, 1200 }, Locale.ITALIAN))
			.contains("1.200");
	}

	@Test
	void concurrentFormattingGivesEveryThreadItsOwnFigures() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				results.add(pool.submit((Callable<Boolean>) () -> {
					for (int i = 0; i < 999; i++) {
						String expected = "Page " + thread + " of " + i + " (7 in all)";
						if (!expected.equals(this.messages.getMessage("pager.position", new Object[] { thread, i, 7 },
								Locale.ENGLISH))) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static MessageBundles bundles() {
		MessageBundles bundles = new MessageBundles();
		bundles.setBasenames(WebConfiguration.moduleBundles());
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
