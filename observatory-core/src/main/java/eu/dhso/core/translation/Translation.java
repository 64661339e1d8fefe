package eu.dhso.core.translation;

/**
 * One field of one entity in one language; {@code text} is null when there is no
 * translation (writing such a one removes it).
 */
public record Translation(String entityType, Long entityId, String field, String language, String text) {

}
