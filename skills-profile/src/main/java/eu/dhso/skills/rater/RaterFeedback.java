package eu.dhso.skills.rater;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 360-degree view of a professional's soft skills. Links carry a random token of
 * which only the hash is stored. The professional cannot answer a link while signed in,
 * and raters' answers reach them only as means released by the kernel's disclosure
 * control, once at least its minimum group size of independent raters answered: answers
 * from a session or client address the professional used on their rater pages do not
 * count, so they cannot subtract their own answers from the means to read another's.
 */
@Service
@Transactional(readOnly = true)
public class RaterFeedback {

	public static final Duration VALIDITY = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RaterInvitations invitations;

	private final CompetenceFramework framework;

	private final OwnerTraces ownerTraces;

	private final DisclosureControl disclosure;

	private final Clock clock;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	RaterFeedback(RaterInvitations invitations, CompetenceFramework framework, OwnerTraces ownerTraces,
			DisclosureControl disclosure, Optional<Clock> clock, Outbox outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
		this.invitations = invitations;
		this.framework = framework;
		this.ownerTraces = ownerTraces;
		this.disclosure = disclosure;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** How many independent raters must answer before any mean is shown. */
	public int minRaters() {
		return this.disclosure.minGroupSize();
	}

	/**
	 * Remembers the session and the address the professional uses on their rater pages,
	 * so that answers from them do not count as independent.
	 */
	@Transactional
	public void noteOwner(RaterOrigin origin) {
		Instant now = this.clock.instant();
		if (origin.session() != null) {
			this.ownerTraces.note(origin.accountId(), sessionKey(origin.session()), now);
		}
		if (origin.address() != null) {
			this.ownerTraces.note(origin.accountId(), addressKey(origin.address()), now);
		}
	}

	/**
	 * Creates an invitation and returns its token; the token is never stored and cannot
	 * be shown again.
	 */
	@Transactional
	public String invite(Long accountId, RaterRelation relation) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.invitations.save(new RaterInvitation(accountId, relation, hash(token), now, now.plus(VALIDITY)));
		return token;
	}

	/**
	 * Creates an invitation and e-mails its link to the rater, in the language of the
	 * professional's request (a rater has no account); the token is still never stored.
	 * @return the link, which the page shows once as well
	 */
	@Transactional
	public String inviteByEmail(Long accountId, String professionalName, RaterRelation relation, String raterEmail) {
		String link = raterLink(invite(accountId, relation));
		this.outbox.send(raterEmail, Outbox.requestLanguage(),
				new Letter("skills.raterInvitation", "skills.mail.raterInvitation.subject",
						"skills.mail.raterInvitation.body", professionalName, link, VALIDITY.toDays()));
		return link;
	}

	/** The absolute link a rater opens. */
	public String raterLink(String token) {
		return this.publicUrl.link("/skills/rate/" + token);
	}

	public List<InvitationSummary> invitations(Long accountId) {
		Instant now = this.clock.instant();
		return this.invitations.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.map((i) -> new InvitationSummary(i.getRelation(), i.getCreatedAt(), i.getExpiresAt(),
					(i.getAnsweredAt() != null) ? "ANSWERED" : i.isOpen(now) ? "OPEN" : "EXPIRED"))
			.toList();
	}

	/**
	 * The form a rater sees; empty when the link is unknown, used or expired.
	 * @throws OwnRaterLinkException when its professional is the one signed in
	 */
	public Optional<RaterForm> form(String token, RaterOrigin origin) {
		return open(token).map((invitation) -> {
			refuseOwner(invitation, origin);
			return new RaterForm(invitation.getRelation(), softAreas());
		});
	}

	/**
	 * Saves a rater's complete answers and closes the link; false if the link is no
	 * longer open.
	 */
	@Transactional
	public boolean answer(String token, Map<Long, Integer> levels, RaterOrigin origin) {
		Optional<RaterInvitation> invitation = open(token);
		if (invitation.isEmpty()) {
			return false;
		}
		refuseOwner(invitation.get(), origin);
		List<Long> competences = softAreas().stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::id)
			.toList();
		if (!levels.keySet().containsAll(competences)) {
			throw new IncompleteRatingException();
		}
		Map<Long, Integer> accepted = new java.util.HashMap<>();
		competences.forEach((id) -> accepted.put(id, levels.get(id)));
		invitation.get()
			.answer(accepted, (origin.session() != null) ? sessionKey(origin.session()) : null,
					addressKey(String.valueOf(origin.address())), this.clock.instant());
		return true;
	}

	/**
	 * Means per soft-skill competence over the independent raters, released through the
	 * kernel's disclosure control; nothing while fewer than {@link #minRaters()}
	 * independent raters answered.
	 */
	public FeedbackSummary feedback(Long accountId) {
		Set<Long> traces = this.ownerTraces.of(accountId);
		List<RaterInvitation> answered = this.invitations.findAnswered(accountId);
		List<RaterInvitation> independent = answered.stream().filter((i) -> i.answeredIndependentlyOf(traces)).toList();
		Contributors raters = Contributors.NONE;
		for (RaterInvitation invitation : independent) {
			raters = raters.plus(this.disclosure.recordKey("rater:" + invitation.getId()));
		}
		if (!this.disclosure.releasable(raters.people())) {
			return new FeedbackSummary(answered.size(), independent.size(), null, List.of());
		}
		List<CompetenceFeedback> rows = new ArrayList<>();
		Long shownRaters = null;
		for (AreaView area : softAreas()) {
			for (CompetenceView competence : area.competences()) {
				IntSummaryStatistics levels = independent.stream()
					.map((i) -> i.getRatings().get(competence.id()))
					.filter(Objects::nonNull)
					.mapToInt(Integer::intValue)
					.summaryStatistics();
				Released mean = this.disclosure.mean("raters:" + accountId + ":" + competence.id(), raters,
						levels.getSum(), levels.getCount(), 1, 4);
				shownRaters = (mean.shown()) ? mean.people() : shownRaters;
				rows.add(new CompetenceFeedback(competence.code(), competence.title(), mean.value()));
			}
		}
		return new FeedbackSummary(answered.size(), independent.size(), shownRaters, rows);
	}

	private static void refuseOwner(RaterInvitation invitation, RaterOrigin origin) {
		if (invitation.isOwnedBy(origin.accountId())) {
			throw new OwnRaterLinkException();
		}
	}

	private long sessionKey(String session) {
		return this.disclosure.recordKey("rater-session:" + session);
	}

	private long addressKey(String address) {
		return this.disclosure.recordKey("rater-address:" + address);
	}

	private Optional<RaterInvitation> open(String token) {
		if (token == null || token.length() < 40) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.invitations.findByTokenHash(hash(token)).filter((i) -> i.isOpen(now));
	}

	private List<AreaView> softAreas() {
		return this.framework.latestPublished().map((v) -> v.areasOfKind(CompetenceKind.SOFT)).orElse(List.of());
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record InvitationSummary(RaterRelation relation, Instant createdAt, Instant expiresAt, String state) {
	}

	public record RaterForm(RaterRelation relation, List<AreaView> areas) {
	}

	public record CompetenceFeedback(String code, String title, Double meanLevel) {
	}

	/**
	 * {@code answered} links so far, of which {@code independent} count;
	 * {@code competences} is empty until enough have, then {@code shownRaters} is their
	 * rounded number.
	 */
	public record FeedbackSummary(int answered, int independent, Long shownRaters,
			List<CompetenceFeedback> competences) {

		public boolean shown() {
			return !this.competences.isEmpty();
		}

	}

}
