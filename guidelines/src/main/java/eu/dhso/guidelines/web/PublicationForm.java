package eu.dhso.guidelines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What changed in the version an editor publishes; readers see it in the changelog. */
record PublicationForm(@NotBlank @Size(max = 500) String changeNote) {

}
