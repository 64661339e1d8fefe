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
import java.util.Optional;
import java.util.OptionalDouble;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 360-degree view of a professional's soft skills. Links carry a random token of
 * which only the hash is stored; raters' answers reach the professional only as means,
 * and only once {@link #MIN_RATERS} raters have answered, so no single rater can be
 * recognised.
 */
@Service
@Transactional(readOnly = true)
public class RaterService {

	public static final int MIN_RATERS = 3;

	public static final Duration VALIDITY = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RaterInvitations invitations;

	private final CompetenceFramework framework;

	private final Clock clock;

	RaterService(RaterInvitations invitations, CompetenceFramework framework, Optional<Clock> clock) {
		this.invitations = invitations;
		this.framework = framework;
		this.clock = clock.orElse(Clock.systemUTC());
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

	public List<InvitationSummary> invitations(Long accountId) {
		Instant now = this.clock.instant();
		return this.invitations.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.map((i) -> new InvitationSummary(i.getRelation(), i.getCreatedAt(), i.getExpiresAt(),
					(i.getAnsweredAt() != null) ? "ANSWERED" : i.isOpen(now) ? "OPEN" : "EXPIRED"))
			.toList();
	}

	/** The form a rater sees; empty when the link is unknown, used or expired. */
	public Optional<RaterForm> form(String token) {
		return open(token).map((invitation) -> new RaterForm(invitation.getRelation(), softAreas()));
	}

	/**
	 * Saves a rater's complete answers and closes the link; false if the link is no
	 * longer open.
	 */
	@Transactional
	public boolean answer(String token, Map<Long, Integer> levels) {
		Optional<RaterInvitation> invitation = open(token);
		if (invitation.isEmpty()) {
			return false;
		}
		List<Long> competences = softAreas().stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::id)
			.toList();
		if (!levels.keySet().containsAll(competences)) {
			throw new IncompleteRatingException();
		}
		Map<Long, Integer> accepted = new java.util.HashMap<>();
		competences.forEach((id) -> accepted.put(id, levels.get(id)));
		invitation.get().answer(accepted, this.clock.instant());
		return true;
	}

	/**
	 * Means per soft-skill competence, or nothing while fewer than {@link #MIN_RATERS}
	 * raters answered.
	 */
	public FeedbackSummary feedback(Long accountId) {
		List<RaterInvitation> answered = this.invitations.findAnswered(accountId);
		if (answered.size() < MIN_RATERS) {
			return new FeedbackSummary(answered.size(), List.of());
		}
		List<CompetenceFeedback> rows = new ArrayList<>();
		for (AreaView area : softAreas()) {
			for (CompetenceView competence : area.competences()) {
				OptionalDouble mean = answered.stream()
					.map((i) -> i.getRatings().get(competence.id()))
					.filter(java.util.Objects::nonNull)
					.mapToInt(Integer::intValue)
					.average();
				rows.add(new CompetenceFeedback(competence.code(), competence.title(),
						mean.isPresent() ? mean.getAsDouble() : null));
			}
		}
		return new FeedbackSummary(answered.size(), rows);
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

	/** {@code raters} answered so far; {@code competences} is empty until enough have. */
	public record FeedbackSummary(int raters, List<CompetenceFeedback> competences) {

		public boolean shown() {
			return !this.competences.isEmpty();
		}

	}

}
