package eu.dhso.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A browser that signed in to an account before carries a cookie saying so: a random
 * device id and an HMAC of it with the account name, under a secret shared by every node
 * ({@code core.device_key}). Sign-ins from it are counted for that device alone, so
 * strangers' failures on the account never lock its owner out there.
 */
@Component
class KnownDevices {

	static final String COOKIE = "DHSO_DEVICE";

	private static final Duration LIFETIME = Duration.ofDays(365);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	private volatile byte[] secret;

	KnownDevices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The device id of a genuine cookie for this account name, or null. */
	String verifiedDevice(String cookieValue, String username) {
		if (cookieValue == null || username == null) {
			return null;
		}
		int dot = cookieValue.indexOf('.');
		if (dot <= 0 || dot > 64 || cookieValue.length() > 200) {
			return null;
		}
		String device = cookieValue.substring(0, dot);
		byte[] expected = signature(device, username).getBytes(StandardCharsets.US_ASCII);
		byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? device : null;
	}

	/** After a successful sign-in: this browser is now a known device of the account. */
	void remember(String username, HttpServletRequest request, HttpServletResponse response) {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		String device = ENCODER.encodeToString(id);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, device + "." + signature(device, username))
			.path(request.getContextPath() + "/login")
			.maxAge(LIFETIME)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private String signature(String device, String username) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] signed = mac
				.doFinal((username.strip().toLowerCase(Locale.ROOT) + "\n" + device).getBytes(StandardCharsets.UTF_8));
			return ENCODER.encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private byte[] secret() {
		byte[] key = this.secret;
		if (key == null) {
			key = this.jdbc.sql("select secret from core.device_key where id = 1").query(byte[].class).single();
			this.secret = key;
		}
		return key;
	}

}
