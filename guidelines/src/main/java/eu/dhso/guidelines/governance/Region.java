package eu.dhso.guidelines.governance;

import java.util.Locale;

/**
 * Where a steering committee or a training plan works: a country of the taxonomy and,
 * optionally, one of its regions ("Crete", "Lombardy"); an empty name is the whole
 * country.
 */
public record Region(String countryCode, String name) implements Comparable<Region> {

	public Region {
		if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("Not a country code: " + countryCode);
		}
		name = (name != null) ? name.strip() : "";
		if (name.length() > 100) {
			throw new IllegalArgumentException("Region name too long");
		}
	}

	public boolean national() {
		return this.name.isEmpty();
	}

	/** The region as an address parameter: "GR" or "GR:Crete". */
	public String key() {
		return national() ? this.countryCode : this.countryCode + ":" + this.name;
	}

	@Override
	public int compareTo(Region other) {
		int byCountry = this.countryCode.compareTo(other.countryCode);
		return (byCountry != 0) ? byCountry
				: this.name.toLowerCase(Locale.ROOT).compareTo(other.name.toLowerCase(Locale.ROOT));
	}

}
