package eu.dhso.core;

import java.util.List;

/**
 * One of the observatory's areas of work as the home page presents it. Each domain module
 * contributes one, so the home page knows nothing of the modules themselves.
 */
public interface ObservatoryArea {

	/** Key prefix of the area's title and summary in the message bundles. */
	String messageKey();

	/** Where the area's entry page lives. */
	String path();

	/** Order on the home page. */
	int order();

	/** Live figures, each a message key and a value. */
	List<Figure> figures();

	record Figure(String messageKey, long value) {
	}

}
