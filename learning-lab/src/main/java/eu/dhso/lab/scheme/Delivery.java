package eu.dhso.lab.scheme;

/** How an activity is delivered; its name is the message {@code lab.delivery.<NAME>}. */
public enum Delivery {

	ON_SITE, ONLINE, BLENDED

}
