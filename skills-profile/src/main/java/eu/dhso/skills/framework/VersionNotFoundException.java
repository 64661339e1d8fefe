package eu.dhso.skills.framework;

/** No such framework version, or the area or competence is not part of it. */
public class VersionNotFoundException extends RuntimeException {

	public VersionNotFoundException(Long id) {
		super("No framework version " + id + " or no such part of it");
	}

}
