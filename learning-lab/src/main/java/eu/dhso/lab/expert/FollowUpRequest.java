package eu.dhso.lab.expert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation's request to an expert to follow up, and the expert's answer. Only the
 * two of them ever see it.
 */
@Entity
@Table(schema = "lab", name = "follow_up_request")
public class FollowUpRequest {

	static final int MAX_SUBJECT = 200;

	static final int MAX_MESSAGE = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private long profileId;

	@Column(name = "expert_account_id")
	private long expertAccountId;

	@Column(name = "requester_account_id")
	private long requesterAccountId;

	@Column(name = "requester_name")
	private String requesterName;

	@Column(name = "organisation_name")
	private String organisationName;

	private String subject;

	private String message;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private String answer;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Version
	private long version;

	protected FollowUpRequest() {
	}

	FollowUpRequest(ExpertProfile expert, long requesterAccountId, String requesterName, String organisationName,
			String subject, String message, Instant now) {
		String s = (subject == null) ? "" : subject.strip();
		String m = (message == null) ? "" : message.strip();
		if (s.isEmpty() || s.length() > MAX_SUBJECT || m.isEmpty() || m.length() > MAX_MESSAGE) {
			throw new ExpertRejectedException("lab.request.error.fields");
		}
		this.profileId = expert.getId();
		this.expertAccountId = expert.getAccountId();
		this.requesterAccountId = requesterAccountId;
		this.requesterName = requesterName;
		this.organisationName = organisationName;
		this.subject = s;
		this.message = m;
		this.status = RequestStatus.OPEN;
		this.sentAt = now;
	}

	/** The expert accepts or declines, once, with a message for the requester. */
	void answer(boolean accept, String text, Instant now) {
		if (this.status != RequestStatus.OPEN) {
			throw new ExpertRejectedException("lab.request.error.answered");
		}
		String a = (text == null) ? "" : text.strip();
		if (a.isEmpty() || a.length() > MAX_MESSAGE) {
			throw new ExpertRejectedException("lab.request.error.answer");
		}
		this.status = accept ? RequestStatus.ACCEPTED : RequestStatus.DECLINED;
		this.answer = a;
		this.answeredAt = now;
	}

	public boolean isParty(Long accountId) {
		return accountId != null && (accountId == this.expertAccountId || accountId == this.requesterAccountId);
	}

	public Long getId() {
		return this.id;
	}

	public long getProfileId() {
		return this.profileId;
	}

	public long getExpertAccountId() {
		return this.expertAccountId;
	}

	public long getRequesterAccountId() {
		return this.requesterAccountId;
	}

	public String getRequesterName() {
		return this.requesterName;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getMessage() {
		return this.message;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
