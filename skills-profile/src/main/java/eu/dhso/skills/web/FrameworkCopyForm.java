package eu.dhso.skills.web;

import jakarta.validation.constraints.NotNull;

/**
 * A new draft framework version copied from an existing one; the label and title are
 * checked by the framework management with the rest of the version.
 */
record FrameworkCopyForm(@NotNull Long source, @NotNull String label, @NotNull String title) {

}
