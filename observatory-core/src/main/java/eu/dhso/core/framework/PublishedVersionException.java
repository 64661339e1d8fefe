package eu.dhso.core.framework;

/** Thrown on any attempt to change a published framework version. */
public class PublishedVersionException extends RuntimeException {

	public PublishedVersionException(Long versionId) {
		super("Framework version " + versionId + " is published and cannot change");
	}

}
