package eu.dhso.cases.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentLimits.class)
class AttachmentConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(AttachmentConfiguration.class);

	/**
	 * A case limit above the servlet's multipart limit would never be reached: the upload
	 * would be refused unread with a bare 400 instead of the form's message. Say so at
	 * start-up.
	 */
	@Bean
	ApplicationRunner attachmentLimitCheck(AttachmentLimits limits, Environment environment) {
		return (arguments) -> {
			DataSize multipart = environment.getProperty("spring.servlet.multipart.max-file-size", DataSize.class);
			if (multipart != null && multipart.toBytes() >= 0 && multipart.toBytes() < limits.maxBytes()) {
				logger.warn(
						"dhso.cases.attachment-max-bytes ({}) is above spring.servlet.multipart.max-file-size ({});"
								+ " larger attachments are refused without the form's message",
						limits.attachmentMaxBytes(), multipart);
			}
		};
	}

}
