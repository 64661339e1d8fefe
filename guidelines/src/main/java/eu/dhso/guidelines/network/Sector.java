package eu.dhso.guidelines.network;

/** Whether a member organisation is public or private. */
public enum Sector {

	PUBLIC, PRIVATE

}
