package eu.dhso.cases.workflow;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large one attachment of a case may be ({@code dhso.cases.attachment-max-bytes}, in
 * bytes or with a unit such as {@code 10MB}) and how many files one case may carry
 * ({@code dhso.cases.attachments-per-case}).
 */
@Validated
@ConfigurationProperties("dhso.cases")
public record AttachmentLimits(@NotNull @DefaultValue("10MB") DataSize attachmentMaxBytes,
		@Min(1) @DefaultValue("10") int attachmentsPerCase) {

	public long maxBytes() {
		return this.attachmentMaxBytes.toBytes();
	}

	/** The size limit in whole megabytes (at least 1), as the form tells it. */
	public long maxMegabytes() {
		return Math.max(1, this.attachmentMaxBytes.toMegabytes());
	}

}
