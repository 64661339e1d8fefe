package eu.dhso.lab.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.evaluation.Reports.OwnResult;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.trainer.TrainerQualification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a participant's certificate for a cohort they completed (once: asking again
 * gives the same certificate), finds a certificate by its code for the public check, and
 * lets an admin or one of the cohort's trainers withdraw it, with a reason, on the audit
 * log.
 */
@Component
public class CertificateIssuing {

	/** Letters and digits that cannot be mistaken for one another when typed. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/** 20 characters of 31: about 99 random bits. */
	private static final int CODE_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Certificates certificates;

	private final PilotEvaluation evaluation;

	private final CohortViews cohorts;

	private final CompetenceTitles competences;

	private final AuditLog audit;

	private final Clock clock;

	private final TrainerQualification qualification;

	CertificateIssuing(Certificates certificates, PilotEvaluation evaluation, CohortViews cohorts,
			CompetenceTitles competences, AuditLog audit, Optional<Clock> clock, TrainerQualification qualification) {
		this.qualification = qualification;
		this.certificates = certificates;
		this.evaluation = evaluation;
		this.cohorts = cohorts;
		this.competences = competences;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The person's certificate for the cohort, issued now if it is their first; only for
	 * a participant who completed it (anyone else gets the cohort's 404).
	 */
	@Transactional
	public Issued issueFor(ObservatoryUser person, long cohortId) {
		OwnResult result = this.evaluation.ownResult(person, cohortId);
		if (result.completion() == null || !result.completion().completed()) {
			throw new CohortNotFoundException(cohortId);
		}
		Certificate certificate = this.certificates.findByCohortIdAndAccountId(cohortId, person.getAccountId())
			.orElseGet(() -> issue(person, result));
		certifyTrainer(person, result, certificate);
		return new Issued(certificate, result);
	}

	private Certificate issue(ObservatoryUser person, OwnResult result) {
		SchemeSnapshot version = this.cohorts.version(result.cohort());
		List<String> competences = version.competenceCodes().stream().map(this.competences::label).toList();
		Certificate certificate = this.certificates.save(new Certificate(newCode(), result.cohort().id(),
				person.getAccountId(), person.getDisplayName(), version.title(), version.number(),
				version.workloadHours(), competences, version.organisationName(), this.clock.instant()));
		this.audit.record(person.getUsername(), "lab.certificate.issue", "Certificate", certificate.getId(), "SUCCESS",
				null);
		return certificate;
	}

	/**
	 * A trainer who finished a train-the-trainers cohort is certified for the schemes its
	 * track qualifies for; asked on every issue, so a track named later counts too.
	 */
	private void certifyTrainer(ObservatoryUser person, OwnResult result, Certificate certificate) {
		if (certificate.isValid() && person.hasRole(Role.TRAINER)) {
			SchemeSnapshot version = this.cohorts.version(result.cohort());
			if (version.trainTheTrainers()) {
				this.qualification.certifyFrom(person, version.schemeId(), certificate.getId());
			}
		}
	}

	/** The person's certificate for the cohort, if one was issued. */
	@Transactional(readOnly = true)
	public Optional<Certificate> issuedTo(ObservatoryUser person, long cohortId) {
		return this.certificates.findByCohortIdAndAccountId(cohortId, person.getAccountId());
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> find(String code) {
		return (code == null || code.length() > 32) ? Optional.empty() : this.certificates.findByCode(code);
	}

	/** The certificates issued for a cohort, for its trainers. */
	@Transactional(readOnly = true)
	public List<Certificate> ofCohort(long cohortId) {
		return this.certificates.findByCohortIdOrderByHolderNameAsc(cohortId);
	}

	/** An admin, or a trainer of the certificate's cohort. */
	public boolean mayWithdraw(ObservatoryUser person, Certificate certificate) {
		return person != null && (person.hasRole(Role.ADMIN)
				|| this.cohorts.isTrainer(person.getAccountId(), certificate.getCohortId()));
	}

	/**
	 * Withdraws a valid certificate; one already withdrawn stays as it was. Someone who
	 * may not withdraw it is told there is no such certificate to act on.
	 */
	@Transactional
	public void withdraw(ObservatoryUser person, String code, String reason) {
		Certificate certificate = find(code).filter((c) -> mayWithdraw(person, c))
			.orElseThrow(CertificateNotFoundException::new);
		if (!certificate.isValid()) {
			// a second submission of the same form: withdrawn once, with the first reason
			return;
		}
		certificate.withdraw(person.getUsername(), reason, this.clock.instant());
		this.qualification.revokeFromCertificate(certificate.getId(), person.getUsername(),
				certificate.getWithdrawalReason());
		this.audit.record(person.getUsername(), "lab.certificate.withdraw", "Certificate", certificate.getId(),
				"SUCCESS", certificate.getWithdrawalReason());
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A certificate and the completion it was issued for. */
	public record Issued(Certificate certificate, OwnResult result) {
	}

}
