package eu.dhso.cases.domain;

import jakarta.persistence.Embeddable;

/** Someone interviewed for the case; the name appears only where consent allows it. */
@Embeddable
public record Interviewee(String role, String name) {

}
