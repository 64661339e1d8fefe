package eu.dhso.lab.cohort;

import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.stereotype.Component;

/**
 * The e-mail a cohort sends, written in the transaction of the change: a place or a
 * waitlist position confirmed, and a move up from the waitlist. Each goes to the
 * participant's account, in its language.
 */
@Component
class CohortLetters {

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	CohortLetters(Outbox outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	/** Where the person stands after asking for a place or accepting an invitation. */
	void placeRequested(Cohort cohort, long accountId, String name, EnrolmentStatus status) {
		Letter letter = (status == EnrolmentStatus.ENROLLED)
				? new Letter("cohort.enrolled", "lab.mail.cohort.enrolled.subject", "lab.mail.cohort.enrolled.body",
						cohort.getTitle(), name, link(cohort))
				: new Letter("cohort.waitlisted", "lab.mail.cohort.waitlisted.subject",
						"lab.mail.cohort.waitlisted.body", cohort.getTitle(), name, link(cohort));
		this.outbox.sendToAccount(accountId, letter);
		tellPromoted(cohort);
	}

	/** Everyone the waitlist moved into a place in this change. */
	void tellPromoted(Cohort cohort) {
		for (Long accountId : cohort.takePromotedAccounts()) {
			this.outbox.sendToAccount(accountId, new Letter("cohort.promoted", "lab.mail.cohort.promoted.subject",
					"lab.mail.cohort.promoted.body", cohort.getTitle(), link(cohort)));
		}
	}

	private String link(Cohort cohort) {
		return this.publicUrl.link("/lab/cohorts/" + cohort.getId());
	}

}
