package eu.dhso.lab.resource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resource's state machine and invariants, without Spring or a database. */
class TrainingResourceWorkflowTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

	final ResourceFields fields = new ResourceFields("Consultation checklist", "One page", ResourceKind.DOCUMENT, "en",
			"CC BY 4.0", 2, List.of("S1.1"), List.of(), List.of("NURSE"), null);

	@Test
	void publishedAndWithdrawnAreTheOnlyStatesAndEachLeadsToTheOther() {
		assertThat(ResourceStatus.PUBLISHED.canMoveTo(ResourceStatus.WITHDRAWN)).isTrue();
		assertThat(ResourceStatus.WITHDRAWN.canMoveTo(ResourceStatus.PUBLISHED)).isTrue();
		assertThat(ResourceStatus.PUBLISHED.canMoveTo(ResourceStatus.PUBLISHED)).isFalse();
		assertThat(ResourceStatus.WITHDRAWN.canMoveTo(ResourceStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void aNewResourceIsPublishedAndCanBeWithdrawnOnce() {
		TrainingResource resource = TrainingResource.uploaded(1L, 2L, this.fields, "checklist.pdf", "application/pdf",
				1200, this.clock);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		resource.withdraw(this.clock);
		assertThat(resource.toDetails().published()).isFalse();
		assertThatThrownBy(() -> resource.withdraw(this.clock)).isInstanceOf(ResourceRejectedException.class);
		resource.publishAgain(this.clock);
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
	}

	@Test
	void aLinkHasNoFileAndAFileResourceNoLink() {
		ResourceFields link = new ResourceFields("Site", "A site", ResourceKind.LINK, "en", "CC BY 4.0", null,
				List.of(), List.of(), List.of(), "https://example.org");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrainingResource.uploaded(1L, 2L, link, "a.pdf", "application/pdf", 1, this.clock));
		ResourceDetails linked = TrainingResource.linked(1L, 2L, link, "https://example.org", this.clock).toDetails();
		assertThat(linked.isFile()).isFalse();
		assertThat(linked.externalUrl()).isEqualTo("https://example.org");
	}

	@Test
	void aResourceNeedsATitleAndALevelWithinRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> TrainingResource
						.linked(1L, 2L,
								new ResourceFields(" ", "d", ResourceKind.LINK, "en", "CC BY 4.0", null, List.of(),
										List.of(), List.of(), "https://example.org"),
								"https://example.org", this.clock));
		assertThatIllegalArgumentException().isThrownBy(
				() -> TrainingResource.linked(1L, 2L, new ResourceFields("T", "d", ResourceKind.LINK, "en", "CC BY 4.0",
						5, List.of(), List.of(), List.of(), "https://example.org"), "https://example.org", this.clock));
	}

}
