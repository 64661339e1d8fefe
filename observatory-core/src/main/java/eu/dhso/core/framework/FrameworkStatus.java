package eu.dhso.core.framework;

/** A framework version is drafted, then published; a published version never changes. */
public enum FrameworkStatus {

	DRAFT, PUBLISHED

}
