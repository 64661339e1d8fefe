package eu.dhso.guidelines.guideline;

import java.util.List;

import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelineDocument.Recommendation;
import eu.dhso.guidelines.guideline.VersionDiff.FieldChange;
import eu.dhso.guidelines.guideline.VersionDiff.Line;
import eu.dhso.guidelines.guideline.VersionDiff.LineKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VersionDiffTests {

	static final GuidelineDocument FIRST = new GuidelineDocument("Title", Audience.POLICY_MAKERS, "Summary", """
			Intro text.
			## Governance
			One body coordinates.
			## Monitoring
			Track yearly.
			""", List.of(new Recommendation("Do this", List.of(new Evidence(EvidenceKind.CASE, "12")))));

	@Test
	void identicalVersionsHaveNoChanges() {
		assertThat(VersionDiff.between(FIRST, FIRST)).isEmpty();
	}

	@Test
	void onlyTheChangedFieldsAndSectionsAreListed() {
		GuidelineDocument second = new GuidelineDocument("New title", Audience.POLICY_MAKERS, "Summary",
				FIRST.body().replace("Track yearly.", "Track yearly.\nPublish openly."), FIRST.recommendations());
		List<FieldChange> changes = VersionDiff.between(FIRST, second);
		assertThat(changes).extracting(FieldChange::field).containsExactly("title", "section:Monitoring");
		assertThat(changes.get(1).lines()).containsExactly(new Line(LineKind.KEPT, "Track yearly."),
				new Line(LineKind.ADDED, "Publish openly."));
	}

	@Test
	void aRemovedSectionAndChangedEvidenceShowUp() {
		GuidelineDocument second = new GuidelineDocument("Title", Audience.HEALTHCARE_ORGANISATIONS, "Summary",
				"Intro text.\n## Governance\nOne body coordinates.\n",
				List.of(new Recommendation("Do this", List.of(new Evidence(EvidenceKind.CASE, "13")))));
		List<FieldChange> changes = VersionDiff.between(FIRST, second);
		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("audience", "section:Monitoring", "recommendations");
		assertThat(changes.get(1).after()).isNull();
		assertThat(changes.get(2).lines()).containsExactly(new Line(LineKind.REMOVED, "Do this | case:12"),
				new Line(LineKind.ADDED, "Do this | case:13"));
	}

	@Test
	void lineDiffMarksReplacedLines() {
		assertThat(VersionDiff.lines("a\nb\nc", "a\nx\nc")).containsExactly(new Line(LineKind.KEPT, "a"),
				new Line(LineKind.REMOVED, "b"), new Line(LineKind.ADDED, "x"), new Line(LineKind.KEPT, "c"));
	}

	@Test
	void sectionsSplitAtSecondLevelHeadings() {
		assertThat(FIRST.sections()).extracting(GuidelineDocument.Section::heading)
			.containsExactly(null, "Governance", "Monitoring");
	}

	@Test
	void citationsAreWrittenAsTypedTokensAndOldSkillsTokensReadAsCells() {
		List<Recommendation> parsed = RecommendationLines
			.parse("Train on the ward | case:7 skills:NURSE/S1.1 profile:NURSE lab:/lab/evaluations/3");
		assertThat(parsed.get(0).evidence()).extracting(Evidence::kind)
			.containsExactly(EvidenceKind.CASE, EvidenceKind.SKILLS_CELL, EvidenceKind.ROLE_PROFILE,
					EvidenceKind.LAB_EVALUATION);
		// an unchecked cell has no page of its own yet: it gets one when checked against
		// the map
		assertThat(parsed.get(0).evidence()).extracting(Evidence::link)
			.containsExactly("/cases/7", null, null, "/lab/evaluations/3");
		assertThat(RecommendationLines.format(parsed))
			.isEqualTo("Train on the ward | case:7 cell:NURSE/S1.1 profile:NURSE lab:/lab/evaluations/3");
	}

	@Test
	void evidenceThatIsNoStableReferenceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RecommendationLines.parse("Text | case:abc"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecommendationLines.parse("Text | lab:javascript:alert(1)"));
		assertThatIllegalArgumentException().isThrownBy(() -> RecommendationLines.parse("Text | web:http://x"));
	}

	@Test
	void aLegacyCitationOfACohortsEvaluationLeadsToItsPublicPageNotToTheSignIn() {
		assertThat(new Evidence(EvidenceKind.LAB_EVALUATION, "/lab/evaluation/cohorts/12").link())
			.isEqualTo("/lab/cohorts/12/evaluation");
		assertThat(new Evidence(EvidenceKind.LAB_EVALUATION, "/lab/evaluation/cohorts/12/report.pdf").link())
			.isEqualTo("/lab/cohorts/12/evaluation");
	}

}
