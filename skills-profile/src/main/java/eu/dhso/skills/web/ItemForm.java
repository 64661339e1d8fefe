package eu.dhso.skills.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An item of the instrument: a self-rating prompt only, or a knowledge item with four
 * options and the position of its one best answer.
 */
class ItemForm {

	private Long competence;

	@Size(max = 20)
	private String code;

	@NotBlank
	@Size(max = 2000)
	private String prompt;

	private List<String> options = new ArrayList<>(List.of("", "", "", ""));

	@Min(1)
	@Max(4)
	private int correct = 1;

	public Long getCompetence() {
		return this.competence;
	}

	public void setCompetence(Long competence) {
		this.competence = competence;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getPrompt() {
		return this.prompt;
	}

	public void setPrompt(String prompt) {
		this.prompt = prompt;
	}

	public List<String> getOptions() {
		return this.options;
	}

	public void setOptions(List<String> options) {
		this.options = options;
	}

	public int getCorrect() {
		return this.correct;
	}

	public void setCorrect(int correct) {
		this.correct = correct;
	}

}
