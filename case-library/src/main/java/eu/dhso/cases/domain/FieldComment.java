package eu.dhso.cases.domain;

import jakarta.persistence.Embeddable;

/**
 * An editor's comment on one field of a submitted revision, named by the field's message
 * key as the case's snapshot names it.
 */
@Embeddable
public record FieldComment(int revision, String field, String note) {

}
