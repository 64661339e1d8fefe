package eu.dhso.skills.assessment;

/** Self-rating items ask for a level; knowledge items have one best answer. */
public enum ItemKind {

	SELF_RATING, KNOWLEDGE

}
