package eu.dhso.skills.agents;

/** What a change agent did with colleagues. */
public enum ActivityKind {

	WORKSHOP, COACHING, DEMONSTRATION, PEER_SUPPORT, BRIEFING

}
