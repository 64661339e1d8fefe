package eu.dhso.skills.web;

import eu.dhso.skills.rater.RaterRelation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rater to invite: the relation, and optionally the rater's address to e-mail the link
 * to.
 */
record RaterInviteForm(@NotNull RaterRelation relation, @Email @Size(max = 254) String email) {

}
