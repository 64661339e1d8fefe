package eu.dhso.core.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** With a mail host, every node delivers the outbox at the configured interval. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.mail.host")
@EnableScheduling
class OutboxSchedule implements SchedulingConfigurer {

	private final OutboxDelivery delivery;

	private final OutboxProperties properties;

	OutboxSchedule(OutboxDelivery delivery, OutboxProperties properties) {
		this.delivery = delivery;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.delivery::deliverDue, this.properties.pollInterval());
	}

}
