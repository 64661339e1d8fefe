package eu.dhso.skills.map;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cited cell of the skills map, written
 * {@code PROFESSION/COMPETENCE[/PERIOD[/COUNTRY|ALL[/FRAMEWORK-VERSION]]]}: what is left
 * out is pinned when the citation is checked (the last closed year, all countries, the
 * latest published framework).
 */
public record MapCellReference(String profession, String competence, MapPeriod period, String country,
		Long frameworkVersion) {

	private static final Pattern CODE = Pattern.compile(
			"([A-Z_]{2,40})/([A-Za-z0-9.]{1,20})(?:/([0-9]{4}(?:-Q[1-4])?)(?:/([A-Z]{2}|ALL)(?:/([0-9]{1,12}))?)?)?");

	public static Optional<MapCellReference> parse(String code) {
		Matcher matcher = (code != null) ? CODE.matcher(code) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		MapPeriod period = null;
		if (matcher.group(3) != null) {
			period = MapPeriod.parse(matcher.group(3)).orElse(null);
			if (period == null) {
				return Optional.empty();
			}
		}
		String country = (matcher.group(4) == null || "ALL".equals(matcher.group(4))) ? null : matcher.group(4);
		Long version = (matcher.group(5) != null) ? Long.valueOf(matcher.group(5)) : null;
		return Optional.of(new MapCellReference(matcher.group(1), matcher.group(2), period, country, version));
	}

	public String code() {
		StringBuilder code = new StringBuilder(this.profession + "/" + this.competence);
		if (this.period != null) {
			code.append('/').append(this.period.code()).append('/').append(this.country != null ? this.country : "ALL");
			if (this.frameworkVersion != null) {
				code.append('/').append(this.frameworkVersion);
			}
		}
		return code.toString();
	}

	MapFilter filter() {
		return new MapFilter(this.frameworkVersion, this.country, null, this.period);
	}

	/** The public page of the cell, with the filters it was cited with. */
	public String href() {
		return "/skills/map/cells/" + this.profession + "/" + this.competence + "?period=" + this.period.code()
				+ ((this.country != null) ? "&country=" + this.country : "") + "&version=" + this.frameworkVersion;
	}

}
