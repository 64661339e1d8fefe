package eu.dhso.skills.rater;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A single-use link through which one rater rates a professional's soft skills. */
@Entity
@Table(schema = "skills", name = "rater_invitation")
public class RaterInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Enumerated(EnumType.STRING)
	private RaterRelation relation;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	/** Keyed hash of the session the link was answered from, if it had one. */
	@Column(name = "answer_session_key")
	private Long answerSessionKey;

	/** Keyed hash of the client address the link was answered from. */
	@Column(name = "answer_address_key")
	private Long answerAddressKey;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "rater_answer", joinColumns = @JoinColumn(name = "invitation_id"))
	@MapKeyColumn(name = "competence_id")
	@Column(name = "level")
	private Map<Long, Integer> ratings = new HashMap<>();

	protected RaterInvitation() {
	}

	RaterInvitation(Long accountId, RaterRelation relation, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.relation = relation;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the link can still be used: not answered and not expired. */
	public boolean isOpen(Instant now) {
		return this.answeredAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * Records the rater's levels and where they came from (keyed hashes), and closes the
	 * link for good.
	 */
	void answer(Map<Long, Integer> levels, Long sessionKey, long addressKey, Instant now) {
		if (!isOpen(now)) {
			throw new IllegalStateException("Invitation " + this.id + " is no longer open");
		}
		levels.forEach((competence, level) -> {
			if (level == null || level < 1 || level > 4) {
				throw new IllegalArgumentException("Level out of range for competence " + competence);
			}
		});
		this.ratings.putAll(levels);
		this.answerSessionKey = sessionKey;
		this.answerAddressKey = addressKey;
		this.answeredAt = now;
	}

	/**
	 * Whether the answer came from somebody other than the professional, as far as the
	 * observatory can tell: neither from a session nor from an address the professional
	 * used on their rater pages. Answers from before this was recorded are not.
	 */
	boolean answeredIndependentlyOf(java.util.Set<Long> ownerTraces) {
		return this.answeredAt != null && this.answerAddressKey != null && !ownerTraces.contains(this.answerAddressKey)
				&& (this.answerSessionKey == null || !ownerTraces.contains(this.answerSessionKey));
	}

	boolean isOwnedBy(Long accountId) {
		return accountId != null && accountId.equals(this.accountId);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public RaterRelation getRelation() {
		return this.relation;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	Map<Long, Integer> getRatings() {
		return Map.copyOf(this.ratings);
	}

}
