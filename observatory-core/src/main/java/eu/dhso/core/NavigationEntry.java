package eu.dhso.core;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param path where it leads
 * @param messageKey its label in the message bundles
 * @param order position from left to right
 */
public record NavigationEntry(String path, String messageKey, int order) {
}
