package eu.dhso.guidelines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A comment on one section of a draft open for consultation. */
record CommentForm(@NotNull Integer section, @NotBlank @Size(max = 4000) String body) {

}
