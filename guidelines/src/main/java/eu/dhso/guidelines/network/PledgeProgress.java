package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One progress update of a pledge: recorded, never changed. */
@Entity
@Immutable
@Table(schema = "guidelines", name = "pledge_progress")
public class PledgeProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reported_on")
	private LocalDate reportedOn;

	private BigDecimal value;

	private String note;

	protected PledgeProgress() {
	}

	PledgeProgress(LocalDate reportedOn, BigDecimal value, String note) {
		this.reportedOn = reportedOn;
		this.value = value;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}

}
