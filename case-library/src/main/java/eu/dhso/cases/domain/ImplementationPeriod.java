package eu.dhso.cases.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** When the implementation started and, if it has, ended. */
@Embeddable
public record ImplementationPeriod(@Column(name = "period_start") LocalDate start,
		@Column(name = "period_end") LocalDate end) {

	public ImplementationPeriod {
		if (start != null && end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("An implementation cannot end before it starts");
		}
	}

}
