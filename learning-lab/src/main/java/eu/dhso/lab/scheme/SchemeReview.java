package eu.dhso.lab.scheme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors publish submitted schemes, or send them back with a reason. Publishing spans
 * the scheme and what the public reads of it (catalogue rows, the outcome index), hence
 * this class rather than the aggregate alone.
 */
@Component
@Transactional
public class SchemeReview {

	private final TrainingSchemes schemes;

	private final PublishedSchemes published;

	private final AuditLog audit;

	private final Clock clock;

	SchemeReview(TrainingSchemes schemes, PublishedSchemes published, AuditLog audit, Optional<Clock> clock) {
		this.schemes = schemes;
		this.published = published;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public List<SchemeDraft.Summary> queue() {
		return this.schemes.findByStatusOrderByUpdatedAtAscIdAsc(SchemeStatus.IN_REVIEW)
			.stream()
			.map((scheme) -> scheme.toDraft().summary())
			.toList();
	}

	/** The working copy for an editor reviewing it. */
	@Transactional(readOnly = true)
	public SchemeDraft inReview(long id) {
		return inReviewScheme(id).toDraft();
	}

	/**
	 * Publishes the submitted working copy as the next version and makes it what the
	 * public, the catalogue and the recommendations see.
	 */
	public SchemeSnapshot publish(ObservatoryUser editor, long id) {
		requireEditor(editor, id);
		TrainingScheme scheme = inReviewScheme(id);
		Instant at = this.clock.instant();
		// outcomes added in the same transaction get their ids, which their translations
		// need
		this.schemes.flush();
		SchemeSnapshot snapshot = this.published.snapshot(scheme.toDraft(), scheme.nextVersionNumber(), at);
		scheme.publish(editor.getAccountId(), snapshot.number(), this.published.write(snapshot), at);
		// the scheme is managed: its new version is written on flush, the projection at
		// once
		this.schemes.flush();
		this.published.project(snapshot);
		this.audit.record(editor.getUsername(), "lab.scheme.publish", "Scheme", id, "SUCCESS",
				"version=" + snapshot.number());
		return snapshot;
	}

	/** Returns the scheme to its trainers, who read the reason on their page. */
	public void sendBack(ObservatoryUser editor, long id, String reason) {
		requireEditor(editor, id);
		inReviewScheme(id).sendBack(reason, this.clock);
		this.audit.record(editor.getUsername(), "lab.scheme.return", "Scheme", id, "SUCCESS", null);
	}

	private TrainingScheme inReviewScheme(long id) {
		return this.schemes.findById(id)
			.filter((scheme) -> scheme.getStatus() == SchemeStatus.IN_REVIEW)
			.orElseThrow(() -> new SchemeNotFoundException(id));
	}

	private static void requireEditor(ObservatoryUser user, long id) {
		if (!user.hasRole(Role.EDITOR) && !user.hasRole(Role.ADMIN)) {
			throw new SchemeNotFoundException(id);
		}
	}

}
