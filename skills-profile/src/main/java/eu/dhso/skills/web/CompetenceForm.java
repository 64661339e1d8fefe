package eu.dhso.skills.web;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A competence of a draft framework version with its four level descriptors. */
class CompetenceForm {

	@NotBlank
	@Size(max = 10)
	private String code;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 4000)
	private String description;

	@Size(max = 10)
	private String digcompCode;

	@Size(max = 255)
	private String escoUri;

	private int sortOrder = 1;

	private Map<Integer, String> levels = new TreeMap<>();

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDigcompCode() {
		return this.digcompCode;
	}

	public void setDigcompCode(String digcompCode) {
		this.digcompCode = digcompCode;
	}

	public String getEscoUri() {
		return this.escoUri;
	}

	public void setEscoUri(String escoUri) {
		this.escoUri = escoUri;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Map<Integer, String> getLevels() {
		return this.levels;
	}

	public void setLevels(Map<Integer, String> levels) {
		this.levels = levels;
	}

}
