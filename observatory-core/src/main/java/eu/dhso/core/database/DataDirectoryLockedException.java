package eu.dhso.core.database;

import java.nio.file.Path;

/** Another running instance holds the embedded database's data directory. */
public class DataDirectoryLockedException extends RuntimeException {

	private final Path dataDirectory;

	DataDirectoryLockedException(Path dataDirectory) {
		super("The embedded database directory " + dataDirectory + " is in use by another running instance");
		this.dataDirectory = dataDirectory;
	}

	public Path getDataDirectory() {
		return this.dataDirectory;
	}

}
