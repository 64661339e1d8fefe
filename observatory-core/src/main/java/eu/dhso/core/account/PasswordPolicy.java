package eu.dhso.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords per OWASP ASVS 2.1: length, not composition, decides; common passwords and
 * the account's own name are refused.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		this.commonPasswords = load(new ClassPathResource("security/common-passwords.txt"));
	}

	/**
	 * The message key of the first rule the password breaks, if any.
	 */
	public Optional<String> violation(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.commonPasswords.contains(lower)) {
			return Optional.of("password.common");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.forEach((line) -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common password list", ex);
		}
		return Set.copyOf(passwords);
	}

}
