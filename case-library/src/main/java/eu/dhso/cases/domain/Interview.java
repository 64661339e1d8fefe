package eu.dhso.cases.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The interview behind the case and the consent its interviewees signed. */
@Embeddable
public record Interview(@Column(name = "interview_date") LocalDate date, String interviewer,
		@Column(name = "consent_reference") String consentReference,
		@Enumerated(EnumType.STRING) @Column(name = "consent_scope") ConsentScope consentScope) {

	static final Interview EMPTY = new Interview(null, null, null, null);

}
