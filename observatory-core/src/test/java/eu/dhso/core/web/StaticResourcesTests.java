package eu.dhso.core.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaticResourcesTests {

	@Test
	void onlyLinksWhoseLastSegmentHasAnExtensionAreFileLinks() {
		assertThat(StaticResources.isFileLink("/core/dhso.css")).isTrue();
		assertThat(StaticResources.isFileLink("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
		assertThat(StaticResources.isFileLink("/cases/cases.css?v=1")).isTrue();
		assertThat(StaticResources.isFileLink("/cases/export.csv?q=a.b")).isTrue();
		assertThat(StaticResources.isFileLink("/cases/12")).isFalse();
		assertThat(StaticResources.isFileLink("/cases?q=nurse.team")).isFalse();
		assertThat(StaticResources.isFileLink("/guidelines/v1.2/page#s.3")).isFalse();
		assertThat(StaticResources.isFileLink("/")).isFalse();
		assertThat(StaticResources.isFileLink("")).isFalse();
	}

}
