package eu.dhso.core;

/**
 * A module's demonstration content, loaded after the demo organisations and accounts
 * exist and only where demo data is enabled. Implementations add only what is missing, so
 * a restart never duplicates or overwrites anything.
 */
public interface DemoContent {

	/** Loading order among modules; lower first. */
	default int order() {
		return 0;
	}

	/**
	 * Loads what is missing, inside the one transaction of the whole demo load (held
	 * under an advisory lock, so nodes starting together take turns); returns the number
	 * of rows added.
	 */
	int loadMissing();

}
