package eu.dhso.core.framework;

import org.springframework.modulith.NamedInterface;

/** A framework version is drafted, then published; a published version never changes. */
@NamedInterface("framework")
public enum FrameworkStatus {

	DRAFT, PUBLISHED

}
