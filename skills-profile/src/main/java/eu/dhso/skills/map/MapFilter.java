package eu.dhso.skills.map;

/**
 * Which submitted assessments the map aggregates; null means no restriction (for the
 * framework version: the latest published one). The period is a fixed window of
 * submission months ({@link MapPeriod}); whatever the period, only contributions made
 * before the kernel's release boundary count.
 */
public record MapFilter(Long frameworkVersion, String country, String careSetting, MapPeriod period) {

	public MapFilter(String country, String careSetting, MapPeriod period) {
		this(null, country, careSetting, period);
	}

	public static MapFilter none() {
		return new MapFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return this.frameworkVersion == null && this.country == null && this.careSetting == null && this.period == null;
	}

}
