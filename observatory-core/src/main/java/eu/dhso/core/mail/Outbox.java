package eu.dhso.core.mail;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.text.Blank;
import eu.dhso.core.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail by writing it to the outbox in the caller's transaction: the message
 * exists exactly when the action that sends it committed. Its subject and text come from
 * the message bundles in the recipient's language, fixed at that moment.
 */
@Service
public class Outbox {

	private final OutboxMessages messages;

	private final UserAccounts accounts;

	private final MessageSource messageSource;

	private final Clock clock = Clock.systemUTC();

	Outbox(OutboxMessages messages, UserAccounts accounts, MessageSource messageSource) {
		this.messages = messages;
		this.accounts = accounts;
		this.messageSource = messageSource;
	}

	/**
	 * The language to write to an account in: the one it keeps, otherwise the language of
	 * the request being served.
	 */
	@Transactional(readOnly = true)
	public Locale languageOf(Long accountId) {
		return Optional.ofNullable(accountId)
			.flatMap(this.accounts::findById)
			.map(UserAccount::getPreferredLanguage)
			.map(Locale::forLanguageTag)
			.map(SupportedLanguages::closest)
			.orElseGet(Outbox::requestLanguage);
	}

	/** The supported language of the request being served, or English outside one. */
	public static Locale requestLanguage() {
		return SupportedLanguages.closest(LocaleContextHolder.getLocale());
	}

	/**
	 * Writes a letter to an account's address in its language.
	 * @return false when the account has no address to write to (or is erased)
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean sendToAccount(Long accountId, Letter letter) {
		Optional<UserAccount> account = Optional.ofNullable(accountId)
			.flatMap(this.accounts::findById)
			.filter((a) -> !a.isErased() && Blank.toNull(a.getEmail()) != null);
		if (account.isEmpty()) {
			return false;
		}
		send(account.get().getEmail(), languageOf(accountId), letter);
		return true;
	}

	/** Writes a letter to an address in the given language. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void send(String address, Locale language, Letter letter) {
		if (Blank.toNull(address) == null) {
			throw new IllegalArgumentException("A message needs a recipient");
		}
		Locale locale = SupportedLanguages.closest(language);
		String subject = text(letter.subjectKey(), letter.arguments(), locale).replaceAll("[\\r\\n]+", " ");
		String body = text(letter.bodyKey(), letter.arguments(), locale);
		this.messages.save(new OutboxMessage(letter.kind(), address.strip(), locale.toLanguageTag(),
				(subject.length() > 300) ? subject.substring(0, 300) : subject, body, this.clock.instant()));
	}

	/**
	 * A text formatted with the arguments only where it has placeholders, as every page
	 * does: a text without any is shown as written (MessageBundleTests checks the
	 * apostrophes of both kinds).
	 */
	private String text(String key, Object[] arguments, Locale locale) {
		String pattern = this.messageSource.getMessage(key, null, locale);
		return pattern.contains("{") ? this.messageSource.getMessage(key, arguments, locale) : pattern;
	}

	/** Messages to an erased person's address go with the account. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void forgetRecipient(String address) {
		if (Blank.toNull(address) != null) {
			this.messages.deleteByRecipient(address.strip());
		}
	}

	/**
	 * What to send: a kind (for the outbox listing), the bundle keys of the subject and
	 * the text, and the arguments both are formatted with.
	 */
	public record Letter(String kind, String subjectKey, String bodyKey, Object... arguments) {

		public Letter {
			arguments = (arguments == null) ? new Object[0] : arguments.clone();
		}

	}

}
