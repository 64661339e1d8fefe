package eu.dhso.core.web;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The address visitors reach the observatory at ({@code dhso.public-url}), the base of
 * every absolute link it writes (calendars, feeds, rater links). Never taken from the
 * request: its Host and forwarded headers are whatever the client chose to send.
 *
 * @param publicUrl an http or https URL with a host, optionally a path, no query
 */
@Validated
@ConfigurationProperties("dhso")
public record PublicUrl(@NotNull URI publicUrl) {

	public PublicUrl {
		if (publicUrl != null) {
			String scheme = (publicUrl.getScheme() != null) ? publicUrl.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https") || publicUrl.getHost() == null
					|| publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
					|| publicUrl.getRawUserInfo() != null) {
				throw new IllegalArgumentException(
						"dhso.public-url must be an http(s) URL with a host and no query, e.g. https://observatory.example.org, not "
								+ publicUrl);
			}
		}
	}

	/**
	 * The base without a trailing slash, e.g. {@code https://observatory.example.org}.
	 */
	public String base() {
		String base = this.publicUrl.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** An absolute link to a path of the observatory ({@code /events/x}). */
	public String link(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	/** The host name alone, e.g. for calendar event ids. */
	public String host() {
		return this.publicUrl.getHost();
	}

}
