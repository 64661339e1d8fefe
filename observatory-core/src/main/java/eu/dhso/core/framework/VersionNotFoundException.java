package eu.dhso.core.framework;

import org.springframework.modulith.NamedInterface;

/** No such framework version, or the area or competence is not part of it. */
@NamedInterface("framework")
public class VersionNotFoundException extends RuntimeException {

	public VersionNotFoundException(Long id) {
		super("No framework version " + id + " or no such part of it");
	}

}
