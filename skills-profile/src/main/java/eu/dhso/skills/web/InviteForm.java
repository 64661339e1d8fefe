package eu.dhso.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** E-mail addresses to invite, one per line or separated by commas. */
record InviteForm(@NotBlank @Size(max = 20000) String addresses) {

}
