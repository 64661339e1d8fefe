package eu.dhso.cases.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An editor's scores for every criterion of the set, each with its justification. */
public class AssessmentForm {

	@Valid
	private List<Row> scores = new ArrayList<>();

	public List<Row> getScores() {
		return this.scores;
	}

	public void setScores(List<Row> scores) {
		this.scores = scores;
	}

	public static class Row {

		private String criterionCode;

		@NotNull
		@Min(0)
		@Max(3)
		private Integer score;

		@NotBlank
		@Size(max = 2000)
		private String justification;

		public Row() {
		}

		Row(String criterionCode, Integer score, String justification) {
			this.criterionCode = criterionCode;
			this.score = score;
			this.justification = justification;
		}

		public String getCriterionCode() {
			return this.criterionCode;
		}

		public void setCriterionCode(String criterionCode) {
			this.criterionCode = criterionCode;
		}

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public String getJustification() {
			return this.justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

	}

}
