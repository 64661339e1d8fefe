package eu.dhso.core.framework;

import org.springframework.modulith.NamedInterface;

/**
 * A framework version was published and is the latest. Modules that keep which version
 * their pages name competences by read {@link CompetenceFramework#latestPublished()}
 * again.
 */
@NamedInterface("framework")
public record FrameworkPublished(long versionId) {
}
