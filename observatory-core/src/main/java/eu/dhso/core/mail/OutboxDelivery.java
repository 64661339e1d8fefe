package eu.dhso.core.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the due messages of the outbox through the mail host ({@code spring.mail.host}).
 * A run claims its messages with {@code FOR UPDATE SKIP LOCKED}, so runs on several nodes
 * share the work and none sends a message another is sending. Without a mail host nothing
 * is sent and the messages wait in the outbox.
 */
@Component
public class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final OutboxMessages messages;

	private final JavaMailSender sender;

	private final OutboxProperties properties;

	private final Clock clock = Clock.systemUTC();

	OutboxDelivery(OutboxMessages messages, ObjectProvider<JavaMailSender> sender, OutboxProperties properties) {
		this.messages = messages;
		this.sender = sender.getIfAvailable();
		this.properties = properties;
	}

	/** Whether a mail host is configured, so that messages leave the outbox. */
	public boolean delivers() {
		return this.sender != null;
	}

	/**
	 * Sends the messages that are due, at most one batch; a failure is tried again later
	 * with a growing wait.
	 * @return the messages sent
	 */
	@Transactional
	public int deliverDue() {
		if (this.sender == null) {
			return 0;
		}
		List<OutboxMessage> due = this.messages.claimDue(this.clock.instant(), this.properties.batchSize());
		int sent = 0;
		for (OutboxMessage message : due) {
			try {
				this.sender.send(mime(message));
				message.delivered(this.clock.instant());
				sent++;
			}
			catch (RuntimeException | MessagingException ex) {
				// one bad message or a host that is down must not undo the ones sent
				log.warn("Outbox message {} not delivered (attempt {}): {}", message.getId(), message.getAttempts() + 1,
						ex.getMessage());
				message.attemptFailed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant(),
						this.properties);
			}
		}
		return sent;
	}

	private MimeMessage mime(OutboxMessage message) throws MessagingException {
		MimeMessage mime = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.from());
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.getBody(), false);
		mime.setHeader("Content-Language", message.getLanguage());
		return mime;
	}

}
