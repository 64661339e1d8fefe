package eu.dhso.skills.assessment;

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

/** One attempt at the self-assessment; its answers are personal data of its owner. */
@Entity
@Table(schema = "skills", name = "assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "instrument_id")
	private Long instrumentId;

	@Column(name = "profession_code")
	private String professionCode;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "care_setting_code")
	private String careSettingCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "experience_band")
	private ExperienceBand experienceBand;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status;

	private boolean synthetic;

	/**
	 * Whether the attempt counts in the skills map: its account was verified at
	 * submission or since (synthetic respondents always count).
	 */
	private boolean counted;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "item_id")
	@Column(name = "choice")
	private Map<Long, Integer> answers = new HashMap<>();

	protected Assessment() {
	}

	public Assessment(Long accountId, Long instrumentId, Respondent respondent, Instant startedAt) {
		this.accountId = accountId;
		this.instrumentId = instrumentId;
		this.professionCode = respondent.profession();
		this.countryCode = respondent.country();
		this.careSettingCode = respondent.careSetting();
		this.experienceBand = respondent.experience();
		this.status = AssessmentStatus.IN_PROGRESS;
		this.startedAt = startedAt;
	}

	/**
	 * A respondent of the demo data: no account, marked so it can always be told apart.
	 */
	public static Assessment synthetic(Long instrumentId, Respondent respondent, Instant startedAt) {
		Assessment assessment = new Assessment(null, instrumentId, respondent, startedAt);
		assessment.synthetic = true;
		return assessment;
	}

	/** Records or changes answers; choices run from 1 to 4 and only until submission. */
	public void answer(Map<Long, Integer> choices) {
		requireOpen();
		choices.forEach((item, choice) -> {
			if (choice == null || choice < 1 || choice > 4) {
				throw new IllegalArgumentException("Choice out of range for item " + item);
			}
		});
		this.answers.putAll(choices);
	}

	/**
	 * Closes the attempt. It counts in aggregates only when its person is verified, so
	 * unverified (possibly sock-puppet) accounts cannot lift a small group over the
	 * threshold.
	 */
	public void submit(Instant at, boolean verifiedPerson) {
		requireOpen();
		this.status = AssessmentStatus.SUBMITTED;
		this.submittedAt = at;
		this.counted = this.synthetic || verifiedPerson;
	}

	private void requireOpen() {
		if (this.status != AssessmentStatus.IN_PROGRESS) {
			throw new AssessmentClosedException(this.id);
		}
	}

	public boolean isCounted() {
		return this.counted;
	}

	public boolean isOwnedBy(Long accountId) {
		return this.accountId != null && this.accountId.equals(accountId);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getInstrumentId() {
		return this.instrumentId;
	}

	public Respondent respondent() {
		return new Respondent(this.professionCode, this.countryCode, this.careSettingCode, this.experienceBand);
	}

	public AssessmentStatus getStatus() {
		return this.status;
	}

	public boolean isSynthetic() {
		return this.synthetic;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Map<Long, Integer> getAnswers() {
		return Map.copyOf(this.answers);
	}

	/** Who answered, as far as aggregates need to know. */
	public record Respondent(String profession, String country, String careSetting, ExperienceBand experience) {
	}

}
