package eu.dhso.lab.mentoring;

import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.stereotype.Component;

/**
 * The e-mail a plan sends, in the transaction of the change and the recipient's language:
 * a proposal to the other party, an agreement to the proposer, and the mentor's sign-off
 * or return of an activity to the professional.
 */
@Component
class MentoringLetters {

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	MentoringLetters(Outbox outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	void proposed(WorkBasedPlan plan, String proposerName) {
		this.outbox.sendToAccount(plan.awaitedParty(),
				new Letter("mentoring.proposed", "lab.mail.mentoring.proposed.subject",
						"lab.mail.mentoring.proposed.body", plan.getTitle(), proposerName, link(plan)));
	}

	void agreed(WorkBasedPlan plan, String agreedBy) {
		this.outbox.sendToAccount(plan.getProposedBy(),
				new Letter("mentoring.agreed", "lab.mail.mentoring.agreed.subject", "lab.mail.mentoring.agreed.body",
						plan.getTitle(), agreedBy, link(plan)));
	}

	void signedOff(WorkBasedPlan plan, PlanActivity activity, String mentorName, boolean completed) {
		this.outbox.sendToAccount(plan.getProfessionalId(),
				completed
						? new Letter("mentoring.completed", "lab.mail.mentoring.completed.subject",
								"lab.mail.mentoring.completed.body", plan.getTitle(), mentorName, link(plan))
						: new Letter("mentoring.signedOff", "lab.mail.mentoring.signedOff.subject",
								"lab.mail.mentoring.signedOff.body", activity.getTitle(), mentorName, link(plan)));
	}

	void returned(WorkBasedPlan plan, PlanActivity activity, String mentorName) {
		this.outbox.sendToAccount(plan.getProfessionalId(),
				new Letter("mentoring.returned", "lab.mail.mentoring.returned.subject",
						"lab.mail.mentoring.returned.body", activity.getTitle(), mentorName, link(plan),
						activity.getReturnReason()));
	}

	private String link(WorkBasedPlan plan) {
		return this.publicUrl.link("/mentoring/" + plan.getId());
	}

}
