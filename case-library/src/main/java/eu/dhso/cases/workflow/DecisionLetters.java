package eu.dhso.cases.workflow;

import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.stereotype.Component;

/**
 * Tells a case's author, by e-mail in their language, what the editor decided: changes
 * requested, approved, published or archived. Written in the transaction of the decision.
 */
@Component
class DecisionLetters {

	private final People people;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	DecisionLetters(People people, Outbox outbox, PublicUrl publicUrl) {
		this.people = people;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	void changesRequested(InterviewCase found, String comment) {
		send(found,
				new Letter("case.changesRequested", "cases.mail.decision.changes.subject",
						"cases.mail.decision.changes.body", found.getTitle(), link(found),
						(comment != null && !comment.isBlank()) ? comment.strip() : "–"));
	}

	void approved(InterviewCase found) {
		send(found, new Letter("case.approved", "cases.mail.decision.approved.subject",
				"cases.mail.decision.approved.body", found.getTitle(), link(found)));
	}

	void published(InterviewCase found) {
		send(found,
				new Letter("case.published", "cases.mail.decision.published.subject",
						"cases.mail.decision.published.body", found.getTitle(), link(found),
						this.publicUrl.link("/cases/" + found.getId())));
	}

	/** The case left the public library: the author hears why. */
	void archived(InterviewCase found, String reason) {
		send(found,
				new Letter("case.archived", "cases.mail.decision.archived.subject", "cases.mail.decision.archived.body",
						found.getTitle(), link(found), (reason != null && !reason.isBlank()) ? reason.strip() : "–"));
	}

	private void send(InterviewCase found, Letter letter) {
		this.people.byUsername(found.getCreatedBy())
			.filter((p) -> p.enabled() && !p.erased())
			.map(Person::id)
			.ifPresent((id) -> this.outbox.sendToAccount(id, letter));
	}

	private String link(InterviewCase found) {
		return this.publicUrl.link("/cases/my/" + found.getId());
	}

}
