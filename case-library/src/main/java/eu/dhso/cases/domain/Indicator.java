package eu.dhso.cases.domain;

import jakarta.persistence.Embeddable;

/** A quantitative outcome, e.g. "readmissions within 30 days: 11 % (baseline 17 %)". */
@Embeddable
public record Indicator(String name, String value, String unit, String baseline, String source) {

	@Override
	public String toString() {
		return this.name + ": " + this.value + ((this.unit != null) ? " " + this.unit : "")
				+ ((this.baseline != null) ? " (baseline " + this.baseline + ")" : "")
				+ ((this.source != null) ? " [" + this.source + "]" : "");
	}

}
