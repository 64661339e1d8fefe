package eu.dhso.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An area of a draft framework version. */
class AreaForm {

	@NotBlank
	@Size(max = 10)
	private String code;

	@NotBlank
	private String kind = "SOFT";

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 4000)
	private String description;

	private int sortOrder = 1;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

}
