package eu.dhso.guidelines.guideline;

import java.time.Clock;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.guideline.ConsultationComment.Comment;
import eu.dhso.guidelines.guideline.Guideline.Draft;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the sections of a draft while its consultation is open; editors resolve
 * them or hide the ones that break the rules. The rules live in {@link Guideline}.
 */
@Service
public class Consultation {

	private final Guidelines guidelines;

	private final AuditLog audit;

	private final Clock clock;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	Consultation(Guidelines guidelines, AuditLog audit, Outbox outbox, PublicUrl publicUrl) {
		this.guidelines = guidelines;
		this.audit = audit;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
		this.clock = Clock.systemUTC();
	}

	/**
	 * @throws ConsultationClosedException when the draft is not open for consultation
	 */
	@Transactional
	public void comment(Draft draft, int sectionIndex, ObservatoryUser author, String body) {
		load(draft.slug()).comment(sectionIndex, author.getAccountId(), author.getDisplayName(), body,
				this.clock.instant());
	}

	/** Comments on the current draft; hidden ones only for moderators. */
	@Transactional(readOnly = true)
	public List<Comment> comments(String slug, boolean includeHidden) {
		return this.guidelines.findBySlug(slug).map((g) -> g.comments(includeHidden)).orElse(List.of());
	}

	/**
	 * Resolves or hides a comment; a resolution with an answer is e-mailed to the
	 * comment's author, in their language.
	 */
	@Transactional
	public void moderate(String slug, long commentId, boolean hide, String resolution, String actor) {
		Guideline guideline = load(slug);
		ConsultationComment comment = guideline.moderate(commentId, hide, resolution);
		if (!hide && resolution != null && !resolution.isBlank()) {
			Draft draft = guideline.toDraft();
			this.outbox.sendToAccount(comment.getAuthorAccountId(),
					new Letter("consultation.reply", "guidelines.mail.consultation.reply.subject",
							"guidelines.mail.consultation.reply.body", title(guideline, draft), comment.getAuthorName(),
							excerpt(comment.getBody()), resolution.strip(),
							this.publicUrl.link(answerPage(draft, comment.getSectionIndex()))));
		}
		this.audit.record(actor, hide ? "COMMENT_HIDE" : "COMMENT_RESOLVE", "guideline_comment", commentId, "SUCCESS",
				null);
	}

	/**
	 * Where the author reads the answer: the commented section while the consultation is
	 * open (the page answers only then), else the published guideline, else the list.
	 */
	static String answerPage(Draft draft, int sectionIndex) {
		if (draft.hasDraft() && draft.consultationOpen()) {
			return "/guidelines/" + draft.slug() + "/consultation#section-" + sectionIndex;
		}
		return (draft.latestVersion() > 0) ? "/guidelines/" + draft.slug() : "/guidelines";
	}

	/** The guideline as the author saw it: the draft's title, else the published one. */
	private static String title(Guideline guideline, Draft draft) {
		if (draft.document() != null && draft.document().title() != null) {
			return draft.document().title();
		}
		return guideline.latest().map((v) -> v.getContent().title()).orElse(draft.slug());
	}

	private static String excerpt(String text) {
		String flat = (text != null) ? text.strip() : "";
		return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
	}

	private Guideline load(String slug) {
		return this.guidelines.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No guideline " + slug));
	}

}
