package eu.dhso.core.framework;

import org.springframework.modulith.NamedInterface;

/** Thrown on any attempt to change a published framework version. */
@NamedInterface("framework")
public class PublishedVersionException extends RuntimeException {

	public PublishedVersionException(Long versionId) {
		super("Framework version " + versionId + " is published and cannot change");
	}

}
