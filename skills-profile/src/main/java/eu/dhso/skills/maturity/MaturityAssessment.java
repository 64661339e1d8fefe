package eu.dhso.skills.maturity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs maturity rounds: an organisation's manager prepares a round, opens it, invites
 * members by e-mail with single-use links and closes it; members answer signed in, once
 * per round. A member's answer is stored without their account (participation is kept
 * apart), so nobody, the organisation included, can read one member's answers.
 */
@Service
@Transactional(readOnly = true)
public class MaturityAssessment {

	/** Invitations one request may add. */
	public static final int MAX_INVITATIONS = 100;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MaturityRounds rounds;

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	private final VerifiedPeople verified;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	private final AuditLog audit;

	private final Clock clock;

	MaturityAssessment(MaturityRounds rounds, JdbcClient jdbc, OrganisationDirectory organisations,
			VerifiedPeople verified, Outbox outbox, PublicUrl publicUrl, AuditLog audit, Optional<Clock> clock) {
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.verified = verified;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
		this.audit = audit;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** The organisations whose rounds this person manages, by name. */
	public List<OrganisationSummary> managedOrganisations(ObservatoryUser user) {
		return this.organisations.all().stream().filter((o) -> OrganisationManagers.mayManage(user, o.id())).toList();
	}

	/**
	 * The rounds a manager sees: their organisation's, or every one for an administrator.
	 */
	public List<RoundSummary> roundsFor(ObservatoryUser user) {
		List<MaturityRound> found;
		if (user.hasRole(Role.ADMIN)) {
			found = this.rounds.findAllByOrderByPeriodEndDescIdDesc();
		}
		else if (OrganisationManagers.mayManage(user, user.getOrganisationId())) {
			found = this.rounds.findByOrganisationIdOrderByPeriodEndDescIdDesc(user.getOrganisationId());
		}
		else {
			found = List.of();
		}
		return found.stream().map(this::summary).toList();
	}

	/** A round its manager may see. */
	public RoundSummary managed(ObservatoryUser user, Long roundId) {
		MaturityRound round = this.rounds.findById(roundId).orElseThrow(RoundNotFoundException::new);
		OrganisationManagers.requireManager(user, round.getOrganisationId());
		return summary(round);
	}

	@Transactional
	public Long create(ObservatoryUser user, Long organisationId, String title, LocalDate start, LocalDate end) {
		OrganisationManagers.requireManager(user, organisationId);
		this.organisations.byId(organisationId).orElseThrow(RoundNotFoundException::new);
		MaturityRound round = this.rounds
			.save(new MaturityRound(organisationId, title.strip(), start, end, user.getAccountId(), now()));
		this.audit.record(user.getUsername(), "maturity.round.create", "MaturityRound", round.getId(), "SUCCESS", null);
		return round.getId();
	}

	@Transactional
	public void open(ObservatoryUser user, Long roundId) {
		MaturityRound round = managedRound(user, roundId);
		round.open(now());
		this.audit.record(user.getUsername(), "maturity.round.open", "MaturityRound", roundId, "SUCCESS", null);
	}

	@Transactional
	public void close(ObservatoryUser user, Long roundId) {
		MaturityRound round = managedRound(user, roundId);
		round.close(now());
		this.audit.record(user.getUsername(), "maturity.round.close", "MaturityRound", roundId, "SUCCESS", null);
	}

	/**
	 * Sends a link to each new address (those already invited to the round are skipped).
	 * @return how many invitations were sent
	 */
	@Transactional
	public int invite(ObservatoryUser user, Long roundId, List<String> addresses) {
		MaturityRound round = managedRound(user, roundId);
		if (!round.isOpen()) {
			throw new RoundStateException();
		}
		String organisation = this.organisations.byId(round.getOrganisationId())
			.map(OrganisationSummary::name)
			.orElse("");
		int sent = 0;
		for (String address : addresses) {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			int added = this.jdbc.sql("""
					insert into skills.maturity_invitation (round_id, email, token_hash, created_at)
					values (:round, :email, :hash, :now) on conflict (round_id, email) do nothing""")
				.param("round", roundId)
				.param("email", address)
				.param("hash", hash(token))
				.param("now", java.sql.Timestamp.from(now()))
				.update();
			if (added == 1) {
				this.outbox.send(address, Outbox.requestLanguage(),
						new Letter("skills.maturityInvitation", "skills.mail.maturityInvitation.subject",
								"skills.mail.maturityInvitation.body", organisation, round.getTitle(),
								this.publicUrl.link("/maturity/answer/" + token)));
				sent++;
			}
		}
		this.audit.record(user.getUsername(), "maturity.round.invite", "MaturityRound", roundId, "SUCCESS",
				sent + " invitations");
		return sent;
	}

	/**
	 * The addresses in a text (one per line, or separated by commas or semicolons),
	 * lower-cased and without repeats; empty when any of them is not an address.
	 */
	public static Optional<List<String>> addresses(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (String part : (text == null) ? new String[0] : text.split("[\\s,;]+")) {
			if (part.isBlank()) {
				continue;
			}
			if (part.length() > 254 || !EMAIL.matcher(part).matches()) {
				return Optional.empty();
			}
			found.add(part.toLowerCase(Locale.ROOT));
		}
		return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
	}

	/**
	 * What a signed-in invitee sees behind a link.
	 * @throws RoundNotFoundException for an unknown link
	 * @throws AccessDeniedException for a member of another organisation
	 */
	public InvitationView invitation(String token, ObservatoryUser user) {
		Invitation invitation = findInvitation(token).orElseThrow(RoundNotFoundException::new);
		MaturityRound round = this.rounds.findById(invitation.roundId()).orElseThrow(RoundNotFoundException::new);
		refuseOtherOrganisation(round, user);
		String organisation = this.organisations.byId(round.getOrganisationId())
			.map(OrganisationSummary::name)
			.orElse("");
		boolean answered = invitation.answered() || participated(round.getId(), user.getAccountId());
		return new InvitationView(round.getId(), organisation, round.getTitle(), round.getPeriodStart(),
				round.getPeriodEnd(), round.isOpen(), answered);
	}

	/**
	 * Stores a complete answer and spends the link.
	 * @throws RoundStateException when the round is not open, or the link or the person
	 * has answered already
	 */
	@Transactional
	public void answer(String token, ObservatoryUser user, Map<String, Integer> answers) {
		Invitation invitation = findInvitation(token).orElseThrow(RoundNotFoundException::new);
		MaturityRound round = this.rounds.findById(invitation.roundId()).orElseThrow(RoundNotFoundException::new);
		refuseOtherOrganisation(round, user);
		if (!round.isOpen()) {
			throw new RoundStateException();
		}
		List<String> items = MaturityDimension.allItemCodes();
		for (String item : items) {
			Integer score = answers.get(item);
			if (score == null || score < MaturityDimension.LOWEST || score > MaturityDimension.HIGHEST) {
				throw new IncompleteAnswerException();
			}
		}
		int spent = this.jdbc
			.sql("update skills.maturity_invitation set answered_at = :now where id = :id and answered_at is null")
			.param("now", java.sql.Timestamp.from(now()))
			.param("id", invitation.id())
			.update();
		int joined = this.jdbc.sql("""
				insert into skills.maturity_participation (round_id, account_id) values (:round, :account)
				on conflict do nothing""").param("round", round.getId()).param("account", user.getAccountId()).update();
		if (spent != 1 || joined != 1) {
			throw new RoundStateException();
		}
		// No account on the answer: only whether it counts toward the group size.
		Long response = this.jdbc.sql("""
				insert into skills.maturity_response (round_id, verified, submitted_on)
				values (:round, :verified, :on) returning id""")
			.param("round", round.getId())
			.param("verified", this.verified.isVerified(user.getAccountId()))
			.param("on", LocalDate.ofInstant(now(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		for (String item : items) {
			this.jdbc.sql("insert into skills.maturity_answer (response_id, item_code, score) values (:r, :i, :s)")
				.param("r", response)
				.param("i", item)
				.param("s", answers.get(item))
				.update();
		}
	}

	private void refuseOtherOrganisation(MaturityRound round, ObservatoryUser user) {
		Long own = user.getOrganisationId();
		if (own != null && !own.equals(round.getOrganisationId())) {
			throw new AccessDeniedException("The link belongs to another organisation's round");
		}
	}

	private boolean participated(Long roundId, Long accountId) {
		return this.jdbc
			.sql("select count(*) from skills.maturity_participation where round_id = :r and account_id = :a")
			.param("r", roundId)
			.param("a", accountId)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<Invitation> findInvitation(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return this.jdbc.sql(
				"select id, round_id, answered_at is not null as answered from skills.maturity_invitation where token_hash = :h")
			.param("h", hash(token))
			.query((rs, row) -> new Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getBoolean("answered")))
			.optional();
	}

	private MaturityRound managedRound(ObservatoryUser user, Long roundId) {
		MaturityRound round = this.rounds.findById(roundId).orElseThrow(RoundNotFoundException::new);
		OrganisationManagers.requireManager(user, round.getOrganisationId());
		return round;
	}

	private RoundSummary summary(MaturityRound round) {
		Map<String, Object> counts = this.jdbc.sql("""
				select count(*) as invited, count(answered_at) as answered
				from skills.maturity_invitation where round_id = :r""").param("r", round.getId()).query().singleRow();
		String organisation = this.organisations.byId(round.getOrganisationId())
			.map(OrganisationSummary::name)
			.orElse("");
		return new RoundSummary(round.getId(), round.getOrganisationId(), organisation, round.getTitle(),
				round.getPeriodStart(), round.getPeriodEnd(), round.getStatus(),
				((Number) counts.get("invited")).longValue(), ((Number) counts.get("answered")).longValue());
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private record Invitation(long id, long roundId, boolean answered) {
	}

	/** A round as its manager sees it: counts of invitations, never who answered what. */
	public record RoundSummary(Long id, Long organisationId, String organisationName, String title,
			LocalDate periodStart, LocalDate periodEnd, RoundStatus status, long invited, long answered) {

		public boolean isDraft() {
			return this.status == RoundStatus.DRAFT;
		}

		public boolean isOpen() {
			return this.status == RoundStatus.OPEN;
		}

		public boolean isClosed() {
			return this.status == RoundStatus.CLOSED;
		}

	}

	/** What an invitee sees of the round behind their link. */
	public record InvitationView(Long roundId, String organisationName, String title, LocalDate periodStart,
			LocalDate periodEnd, boolean open, boolean answered) {
	}

}
