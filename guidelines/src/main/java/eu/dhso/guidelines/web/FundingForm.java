package eu.dhso.guidelines.web;

import java.math.BigDecimal;

import eu.dhso.guidelines.planning.FundingSource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A funding line of a plan, in euros. */
record FundingForm(@NotNull FundingSource source,
		@NotNull @DecimalMin("0.01") @DecimalMax("999999999999.99") @Digits(integer = 12,
				fraction = 2) BigDecimal amount,
		@Size(max = 300) String note) {

	static FundingForm empty() {
		return new FundingForm(FundingSource.RRF_NRRP, null, null);
	}

}
