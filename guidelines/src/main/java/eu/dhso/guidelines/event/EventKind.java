package eu.dhso.guidelines.event;

/** What kind of event the observatory holds. */
public enum EventKind {

	MULTIPLIER_EVENT, FINAL_CONFERENCE, WORKSHOP, WEBINAR

}
