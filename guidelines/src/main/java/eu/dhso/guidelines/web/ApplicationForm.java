package eu.dhso.guidelines.web;

import java.util.Locale;

import eu.dhso.core.account.OrganisationType;
import eu.dhso.guidelines.network.NetworkMember.Application;
import eu.dhso.guidelines.network.Sector;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public application to join the network, with the charter signature. */
public class ApplicationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private OrganisationType type;

	@NotNull
	private Sector sector;

	// Any case is accepted; the controller checks the code against the known countries
	// so an unknown one gets a translated message rather than the pattern's.
	@NotBlank
	private String countryCode;

	@Size(max = 300)
	@Pattern(regexp = "(https://\\S+)?")
	private String website;

	@Size(max = 2000)
	private String description;

	@NotBlank
	@Size(max = 200)
	private String contactName;

	@NotBlank
	@Email
	@Size(max = 200)
	private String contactEmail;

	@NotBlank
	@Size(max = 200)
	private String charterSignatory;

	@AssertTrue
	private boolean charterAccepted;

	Application toApplication() {
		return new Application(this.name.strip(), this.type, this.sector, this.countryCode, blank(this.website),
				blank(this.description), this.contactName.strip(), this.contactEmail.strip(),
				this.charterSignatory.strip());
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public Sector getSector() {
		return this.sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = (countryCode != null) ? countryCode.strip().toUpperCase(Locale.ROOT) : null;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getCharterSignatory() {
		return this.charterSignatory;
	}

	public void setCharterSignatory(String charterSignatory) {
		this.charterSignatory = charterSignatory;
	}

	public boolean isCharterAccepted() {
		return this.charterAccepted;
	}

	public void setCharterAccepted(boolean charterAccepted) {
		this.charterAccepted = charterAccepted;
	}

}
