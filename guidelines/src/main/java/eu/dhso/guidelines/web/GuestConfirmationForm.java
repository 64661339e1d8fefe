package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Size;

/** The token of a guest's confirmation link, posted from the confirmation page. */
record GuestConfirmationForm(@Size(max = 100) String token) {

}
