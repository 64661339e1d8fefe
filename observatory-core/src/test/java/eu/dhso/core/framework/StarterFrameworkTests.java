package eu.dhso.core.framework;

import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.FrameworkAdministration.AreaContent;
import eu.dhso.core.framework.FrameworkAdministration.VersionDetail;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ObservatoryTest
class StarterFrameworkTests {

	@Autowired
	CompetenceFramework framework;

	@Autowired
	FrameworkAdministration administration;

	@Test
	void versionOneIsPublishedWithEightSoftAndSixDigitalAreas() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		assertThat(view.label()).isEqualTo("1.0");
		assertThat(view.areasOfKind(CompetenceKind.SOFT)).extracting(CompetenceFramework.AreaView::code)
			.containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");
		assertThat(view.areasOfKind(CompetenceKind.DIGITAL)).extracting(CompetenceFramework.AreaView::code)
			.containsExactly("D1", "D2", "D3", "D4", "D5", "D6");
	}

	@Test
	void everyCompetenceHasADescriptorForEachOfTheFourLevels() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		assertThat(view.areas()).allSatisfy((area) -> assertThat(area.competences()).isNotEmpty());
		assertThat(view.areas().stream().flatMap((a) -> a.competences().stream()))
			.allSatisfy((competence) -> assertThat(competence.levels()).containsOnlyKeys(1, 2, 3, 4)
				.allSatisfy((level, text) -> assertThat(text).isNotBlank()));
	}

	@Test
	void theDigitalAreasCoverAllTwentyOneDigCompCompetences() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		assertThat(view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::digcompCode)
			.filter(java.util.Objects::nonNull)
			.toList()).hasSize(21).doesNotHaveDuplicates().contains("1.1", "2.6", "3.4", "4.2", "5.4");
		assertThat(this.framework.publishedCompetenceCount()).isEqualTo(view.competenceCount());
	}

	@Test
	void theKernelsAdministrationShowsThePublishedVersionAsRecordsAndRefusesToChangeIt() {
		FrameworkView published = this.framework.latestPublished().orElseThrow();
		VersionDetail detail = this.administration.detail(published.id()).orElseThrow();
		assertThat(detail.draft()).isFalse();
		assertThat(detail.areas()).hasSameSizeAs(published.areas());
		assertThat(detail.areas().get(0).competences().get(0).levels()).containsOnlyKeys(1, 2, 3, 4);

		AreaContent area = new AreaContent("S9", CompetenceKind.SOFT, "Another area", null, java.util.List.of());
		assertThatThrownBy(() -> this.administration.saveArea(published.id(), null, area, 99, "admin"))
			.isInstanceOf(PublishedVersionException.class);
		assertThatThrownBy(() -> this.administration.publish(published.id(), detail.version(), "admin"))
			.isInstanceOf(PublishedVersionException.class);
		assertThatThrownBy(() -> this.administration.requireDraft(-1L)).isInstanceOf(VersionNotFoundException.class);
		assertThat(this.framework.latestPublished().orElseThrow().areas()).hasSameSizeAs(published.areas());
	}

}
