package eu.dhso.lab.expert;

import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;

import org.springframework.stereotype.Component;

/**
 * The e-mail of a follow-up request, written in its transaction: the expert hears of a
 * new request, the requester of the answer, each in their own language.
 */
@Component
class ExpertLetters {

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	ExpertLetters(Outbox outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	void requested(FollowUpRequest request) {
		this.outbox.sendToAccount(request.getExpertAccountId(),
				new Letter("expert.request", "lab.mail.expert.request.subject", "lab.mail.expert.request.body",
						request.getSubject(), request.getRequesterName(), request.getOrganisationName(),
						link(request)));
	}

	void answered(FollowUpRequest request, String expertName) {
		String body = (request.getStatus() == RequestStatus.ACCEPTED) ? "lab.mail.expert.accepted.body"
				: "lab.mail.expert.declined.body";
		this.outbox.sendToAccount(request.getRequesterAccountId(), new Letter("expert.answer",
				"lab.mail.expert.answer.subject", body, request.getSubject(), expertName, link(request)));
	}

	private String link(FollowUpRequest request) {
		return this.publicUrl.link("/experts/requests/" + request.getId());
	}

}
