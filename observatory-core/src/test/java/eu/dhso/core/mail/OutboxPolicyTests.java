package eu.dhso.core.mail;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox's retry policy and its quiet default, without Spring. */
class OutboxPolicyTests {

	private static final OutboxProperties POLICY = new OutboxProperties("observatory@localhost", Duration.ofSeconds(30),
			20, 4, Duration.ofMinutes(1), Duration.ofMinutes(5));

	@Test
	void aFailedDeliveryWaitsTwiceAsLongEachTimeUpToTheCap() {
		assertThat(OutboxMessage.backOff(1, Duration.ofMinutes(1), Duration.ofHours(6)))
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(OutboxMessage.backOff(2, Duration.ofMinutes(1), Duration.ofHours(6)))
			.isEqualTo(Duration.ofMinutes(2));
		assertThat(OutboxMessage.backOff(5, Duration.ofMinutes(1), Duration.ofHours(6)))
			.isEqualTo(Duration.ofMinutes(16));
		assertThat(OutboxMessage.backOff(40, Duration.ofMinutes(1), Duration.ofHours(6)))
			.isEqualTo(Duration.ofHours(6));
	}

	@Test
	void aMessageIsGivenUpAfterItsLastAttemptAndNeverMovesAgain() {
		Instant now = Instant.parse("2026-12-03T10:00:00Z");
		OutboxMessage message = new OutboxMessage("test", "a@example.org", "en", "Subject", "Text", now);
		message.attemptFailed("refused", now, POLICY);
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(message.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
		message.attemptFailed("refused", now, POLICY);
		message.attemptFailed("refused", now, POLICY);
		assertThat(message.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(4)));
		message.attemptFailed("refused", now, POLICY);
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(message.getAttempts()).isEqualTo(4);
		assertThatThrownBy(() -> message.delivered(now)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAMailHostNothingIsSentAndTheOutboxIsNotRead() {
		OutboxDelivery delivery = new OutboxDelivery(null,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), POLICY);
		assertThat(delivery.delivers()).isFalse();
		assertThat(delivery.deliverDue()).isZero();
	}

}
