package eu.dhso.skills.workshop;

import java.time.LocalDate;

/** What a workshop was: its title, when and where it was held, and who led it. */
public record WorkshopDetails(String title, LocalDate heldOn, String place, String countryCode, String careSetting,
		String facilitator) {

	public WorkshopDetails {
		if (title == null || title.isBlank() || heldOn == null || countryCode == null) {
			throw new IllegalArgumentException("A workshop needs a title, a date and a country");
		}
		title = title.strip();
		place = blankToNull(place);
		careSetting = blankToNull(careSetting);
		facilitator = blankToNull(facilitator);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
