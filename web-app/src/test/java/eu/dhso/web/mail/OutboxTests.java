package eu.dhso.web.mail;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox itself: retries with a growing wait, several nodes sharing the work, and the
 * administrators' page.
 */
class OutboxTests extends MailTestSupport {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserAccounts accounts;

	@Test
	void aFailedDeliveryIsTriedAgainLaterWhileTheOtherMessagesGo() {
		String good = "good-" + UUID.randomUUID() + "@example.org";
		String broken = "<broken-" + UUID.randomUUID();
		send(broken);
		send(good);
		deliver();
		assertThat(receivedBy(good)).hasSize(1);
		var row = this.jdbc.sql("""
				select status, attempts, last_error, next_attempt_at > now() + interval '50 seconds'
				from core.outbox_message where recipient = ?""")
			.param(broken)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4) })
			.single();
		assertThat(row[0]).isEqualTo("PENDING");
		assertThat(row[1]).isEqualTo(1);
		assertThat((String) row[2]).isNotBlank();
		assertThat(row[3]).isEqualTo(true);
		// the last allowed attempt fails too: the message is given up
		this.jdbc.sql("update core.outbox_message set attempts = 7, next_attempt_at = now() where recipient = ?")
			.param(broken)
			.update();
		deliver();
		assertThat(this.jdbc.sql("select status from core.outbox_message where recipient = ?")
			.param(broken)
			.query(String.class)
			.single()).isEqualTo("FAILED");
	}

	/**
	 * A message another node has claimed is skipped, not waited for, and not sent twice.
	 */
	@Test
	void aNodeSkipsTheMessagesAnotherNodeIsSending() throws Exception {
		String claimed = "claimed-" + UUID.randomUUID() + "@example.org";
		String free = "free-" + UUID.randomUUID() + "@example.org";
		send(claimed);
		send(free);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> otherNode = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.jdbc.sql("select id from core.outbox_message where recipient = ? for update")
					.param(claimed)
					.query(Long.class)
					.single();
				locked.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
		long started = System.nanoTime();
		deliver();
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(20);
		assertThat(receivedBy(free)).hasSize(1);
		assertThat(receivedBy(claimed)).isEmpty();
		release.countDown();
		otherNode.get(30, TimeUnit.SECONDS);
		deliver();
		assertThat(receivedBy(claimed)).hasSize(1);
	}

	@Test
	void administratorsReadTheOutboxNewestFirstAndNobodyElseDoes() throws Exception {
		String recipient = "read-" + UUID.randomUUID() + "@example.org";
		send(recipient);
		long id = this.jdbc.sql("select id from core.outbox_message where recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
		var admin = user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("admin").orElseThrow()));
		this.mvc.perform(get("/admin/outbox").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(recipient)))
			.andExpect(content().string(containsString("/admin/outbox/" + id)));
		this.mvc.perform(get("/admin/outbox/" + id).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("outbox-text")))
			.andExpect(content().string(containsString(recipient)));
		var professional = user(
				new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("professional").orElseThrow()));
		this.mvc.perform(get("/admin/outbox/" + id).with(professional)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox").with(professional)).andExpect(status().isForbidden());
	}

	private void send(String recipient) {
		this.outbox.send(recipient, Locale.ENGLISH, new Letter("test", "mail.passwordReset.subject",
				"mail.passwordReset.body", "Tester", "tester", "http://localhost:8080/x", 30));
	}

}
