package eu.dhso.web.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.dhso.core.mail.OutboxDelivery;
import eu.dhso.core.testsupport.ObservatoryTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, and the application set to
 * deliver its outbox there. Every mail test class extends this one, so they share one
 * application context. Delivery runs when a test asks for it ({@link #deliver()}), so
 * what a test reads does not depend on a timer.
 */
@ObservatoryTest
abstract class MailTestSupport {

	static final GreenMail SMTP = startSmtp();

	private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxDelivery delivery;

	@DynamicPropertySource
	static void mailHost(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("dhso.mail.from", () -> "observatory@dhso.test");
		// deliveries happen when a test calls deliver(), not on a timer
		registry.add("dhso.mail.poll-interval", () -> "1h");
	}

	private static GreenMail startSmtp() {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
		return smtp;
	}

	/** Delivers the outbox through SMTP until nothing due is left. */
	void deliver() {
		while (this.delivery.deliverDue() > 0) {
			// another batch
		}
	}

	/** The messages the SMTP server received for this address. */
	static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The one message this address received. */
	static MimeMessage onlyMessageTo(String address) {
		List<MimeMessage> messages = receivedBy(address);
		assertThat(messages).as("messages delivered to " + address).hasSize(1);
		return messages.get(0);
	}

	static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String language(MimeMessage message) {
		try {
			return message.getHeader("Content-Language", null);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The path and query of the first link in the message that contains {@code part}. */
	static String linkPath(MimeMessage message, String part) {
		Matcher matcher = LINK.matcher(text(message));
		while (matcher.find()) {
			String link = matcher.group();
			if (link.contains(part)) {
				int path = link.indexOf('/', link.indexOf("://") + 3);
				return link.substring(path);
			}
		}
		throw new AssertionError("No link with " + part + " in: " + text(message));
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
