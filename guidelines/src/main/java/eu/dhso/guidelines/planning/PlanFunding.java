package eu.dhso.guidelines.planning;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One funding line: its source and amount in euros. */
@Entity
@Table(schema = "guidelines", name = "plan_funding")
class PlanFunding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private FundingSource source;

	private BigDecimal amount;

	private String note;

	protected PlanFunding() {
	}

	PlanFunding(FundingSource source, BigDecimal amount, String note) {
		this.source = source;
		this.amount = amount;
		this.note = (note != null) ? note : "";
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	TrainingPlan.Funding view() {
		return new TrainingPlan.Funding(this.id, this.source, this.amount, this.note);
	}

}
