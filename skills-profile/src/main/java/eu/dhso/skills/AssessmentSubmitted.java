package eu.dhso.skills;

/** Published when a person submits a self-assessment; carries no answers. */
public record AssessmentSubmitted(Long assessmentId, Long accountId, String profession) {
}
