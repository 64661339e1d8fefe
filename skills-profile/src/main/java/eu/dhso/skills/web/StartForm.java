package eu.dhso.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import eu.dhso.skills.assessment.ExperienceBand;

/** Who is answering: the facts the result and the skills map are grouped by. */
class StartForm {

	@NotBlank
	private String profession;

	@NotBlank
	private String country;

	@NotBlank
	private String careSetting;

	@NotNull
	private ExperienceBand experience;

	public String getProfession() {
		return this.profession;
	}

	public void setProfession(String profession) {
		this.profession = profession;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getCareSetting() {
		return this.careSetting;
	}

	public void setCareSetting(String careSetting) {
		this.careSetting = careSetting;
	}

	public ExperienceBand getExperience() {
		return this.experience;
	}

	public void setExperience(ExperienceBand experience) {
		this.experience = experience;
	}

}
