package eu.dhso.lab.trainer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDraft;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The train-the-trainers track: which schemes a track qualifies trainers for, who is
 * certified for which scheme, and whether someone may run a scheme's cohorts. A scheme
 * that no published track qualifies for has no certified trainers to ask for, so anyone
 * who may plan cohorts runs it, as before the track existed; once a track is published,
 * new assignments follow the rule and existing ones stay.
 */
@Component
@Transactional
public class TrainerQualification {

	private final TrainerTracks tracks;

	private final TrainerCertifications certifications;

	private final TrainerOverrides overrides;

	private final SchemeDrafts drafts;

	private final PublishedSchemes schemes;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	TrainerQualification(TrainerTracks tracks, TrainerCertifications certifications, TrainerOverrides overrides,
			SchemeDrafts drafts, PublishedSchemes schemes, People people, AuditLog audit, Optional<Clock> clock) {
		this.tracks = tracks;
		this.certifications = certifications;
		this.overrides = overrides;
		this.drafts = drafts;
		this.schemes = schemes;
		this.people = people;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	// ---------------------------------------------------------------- the track

	/** The schemes a track qualifies trainers for, by title. */
	@Transactional(readOnly = true)
	public List<SchemeRef> qualifiedBy(long trackSchemeId) {
		return this.tracks.findByTrackSchemeIdOrderById(trackSchemeId)
			.stream()
			.map((t) -> ref(t.getQualifiedSchemeId()))
			.toList();
	}

	/**
	 * Someone who may edit a train-the-trainers scheme names a published scheme it
	 * qualifies trainers for.
	 */
	public void addTrack(ObservatoryUser user, long trackSchemeId, long qualifiedSchemeId) {
		SchemeDraft track = this.drafts.editable(user, trackSchemeId);
		if (!track.trainTheTrainers()) {
			throw new TrackRejectedException("lab.track.error.notTrack");
		}
		if (qualifiedSchemeId == trackSchemeId || this.schemes.latestPublished(qualifiedSchemeId).isEmpty()) {
			throw new TrackRejectedException("lab.track.error.scheme");
		}
		if (!this.tracks.existsByTrackSchemeIdAndQualifiedSchemeId(trackSchemeId, qualifiedSchemeId)) {
			this.tracks.save(new TrainerTrack(trackSchemeId, qualifiedSchemeId, now()));
			this.audit.record(user.getUsername(), "lab.track.add", "TrainingScheme", trackSchemeId, "SUCCESS",
					"qualifies=" + qualifiedSchemeId);
		}
	}

	public void removeTrack(ObservatoryUser user, long trackSchemeId, long qualifiedSchemeId) {
		this.drafts.editable(user, trackSchemeId);
		if (this.tracks.remove(trackSchemeId, qualifiedSchemeId) > 0) {
			this.audit.record(user.getUsername(), "lab.track.remove", "TrainingScheme", trackSchemeId, "SUCCESS",
					"qualifies=" + qualifiedSchemeId);
		}
	}

	// ---------------------------------------------------------------- the rule

	/** Whether a published train-the-trainers track qualifies trainers for the scheme. */
	@Transactional(readOnly = true)
	public boolean requiresCertification(long schemeId) {
		return this.tracks.findByQualifiedSchemeId(schemeId)
			.stream()
			.anyMatch((t) -> this.schemes.latestPublished(t.getTrackSchemeId())
				.map(SchemeSnapshot::trainTheTrainers)
				.orElse(false));
	}

	@Transactional(readOnly = true)
	public boolean isCertified(long accountId, long schemeId) {
		return this.certifications.existsByAccountIdAndSchemeIdAndStatus(accountId, schemeId,
				CertificationStatus.ACTIVE);
	}

	/** Whether the account may be assigned to run a new cohort of the scheme. */
	@Transactional(readOnly = true)
	public boolean mayRun(long accountId, long schemeId) {
		return isCertified(accountId, schemeId) || !requiresCertification(schemeId);
	}

	/**
	 * An administrator's assignment outside the rule, with its reason, on the audit log
	 * and on the cohort.
	 */
	public void recordOverride(ObservatoryUser admin, long cohortId, long accountId, String reason) {
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new TrackRejectedException("lab.override.error.reason");
		}
		this.overrides.save(new TrainerOverride(cohortId, accountId, why, admin.getUsername(), now()));
		this.audit.record(admin.getUsername(), "lab.cohort.overrideTrainer", "Cohort", cohortId, "SUCCESS",
				"trainer=" + accountId + ", reason=" + why);
	}

	@Transactional(readOnly = true)
	public List<OverrideView> overrides(long cohortId) {
		List<TrainerOverride> all = this.overrides.findByCohortIdOrderByGrantedAt(cohortId);
		Map<Long, Person> names = this.people.byIds(all.stream().map(TrainerOverride::getAccountId).toList());
		return all.stream()
			.map((o) -> new OverrideView(
					Optional.ofNullable(names.get(o.getAccountId())).map(Person::displayName).orElse("?"),
					o.getReason(), o.getGrantedBy(), o.getGrantedAt()))
			.toList();
	}

	// ---------------------------------------------------------------- certification

	/**
	 * A trainer's certificate of a train-the-trainers cohort certifies them for every
	 * scheme the track qualifies for; asking again adds nothing.
	 */
	public int certifyFrom(ObservatoryUser trainer, long trackSchemeId, long certificateId) {
		int added = 0;
		for (TrainerTrack track : this.tracks.findByTrackSchemeIdOrderById(trackSchemeId)) {
			if (!this.certifications.existsByCertificateIdAndSchemeId(certificateId, track.getQualifiedSchemeId())) {
				TrainerCertification made = this.certifications.save(new TrainerCertification(trainer.getAccountId(),
						track.getQualifiedSchemeId(), certificateId, now()));
				this.audit.record(trainer.getUsername(), "lab.trainer.certify", "TrainerCertification", made.getId(),
						"SUCCESS", "scheme=" + track.getQualifiedSchemeId());
				added++;
			}
		}
		return added;
	}

	/** A withdrawn certificate revokes the certifications it gave. */
	public void revokeFromCertificate(long certificateId, String by, String reason) {
		for (TrainerCertification certification : this.certifications.findByCertificateId(certificateId)) {
			if (certification.revoke(by, reason, now())) {
				this.audit.record(by, "lab.trainer.revoke", "TrainerCertification", certification.getId(), "SUCCESS",
						certification.getRevokedReason());
			}
		}
	}

	/** Every active certification of these accounts: the schemes each may run. */
	@Transactional(readOnly = true)
	public Map<Long, List<SchemeRef>> certifiedSchemes(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, SchemeRef> refs = new LinkedHashMap<>();
		return this.certifications.activeOf(accountIds)
			.stream()
			.collect(Collectors.groupingBy(TrainerCertification::getAccountId, LinkedHashMap::new,
					Collectors.mapping((c) -> refs.computeIfAbsent(c.getSchemeId(), this::ref),
							Collectors.collectingAndThen(Collectors.toList(), (l) -> l.stream().distinct().toList()))));
	}

	/** A person's certifications, active and revoked, newest first. */
	@Transactional(readOnly = true)
	public List<CertificationView> certificationsOf(long accountId) {
		return this.certifications.findByAccountIdOrderByCertifiedAtDesc(accountId)
			.stream()
			.map((c) -> new CertificationView(ref(c.getSchemeId()), c.getStatus(), c.getCertifiedAt()))
			.toList();
	}

	private SchemeRef ref(long schemeId) {
		return new SchemeRef(schemeId,
				this.schemes.latestPublished(schemeId).map(SchemeSnapshot::title).orElse("#" + schemeId));
	}

	private Instant now() {
		return this.clock.instant();
	}

	public record SchemeRef(long schemeId, String title) {
	}

	public record OverrideView(String trainerName, String reason, String grantedBy, Instant grantedAt) {
	}

	public record CertificationView(SchemeRef scheme, CertificationStatus status, Instant certifiedAt) {
	}

}
