package eu.dhso.lab.web;

import java.util.Locale;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.lab.certificate.CertificateIssuing;
import eu.dhso.lab.certificate.CertificateIssuing.Issued;
import eu.dhso.lab.certificate.CertificateNotFoundException;
import eu.dhso.lab.certificate.CertificatePdf;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortMembership.Accepted;
import eu.dhso.lab.cohort.CohortViews.Participant;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.evaluation.FeedbackAnswers;
import eu.dhso.lab.evaluation.FeedbackCollection;
import eu.dhso.lab.evaluation.Reports.OwnResult;

import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;
import eu.dhso.lab.scheme.SchemeTranslating;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A participant's side: asking for a place, answering invitations, consent to the use of
 * their levels, their cohorts with what trainers see of them, their own results, the
 * feedback survey and the certificate. Everything is found through the signed-in person's
 * own place, so nobody reaches another participant's data.
 */
@Controller("labParticipantController")
class ParticipantController {

	private final CohortViews cohorts;

	private final CohortMembership membership;

	private final PilotEvaluation evaluation;

	private final FeedbackCollection feedback;

	private final CertificateIssuing certificates;

	private final CertificatePdf certificatePdf;

	private final PublicUrl publicUrl;

	private final SchemeTranslating translating;

	ParticipantController(CohortViews cohorts, CohortMembership membership, PilotEvaluation evaluation,
			FeedbackCollection feedback, CertificateIssuing certificates, CertificatePdf certificatePdf,
			PublicUrl publicUrl, SchemeTranslating translating) {
		this.translating = translating;
		this.cohorts = cohorts;
		this.membership = membership;
		this.evaluation = evaluation;
		this.feedback = feedback;
		this.certificates = certificates;
		this.certificatePdf = certificatePdf;
		this.publicUrl = publicUrl;
	}

	@PostMapping("/lab/cohorts/{id:\\d+}/enrol")
	String enrol(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, ConsentForm form,
			RedirectAttributes redirect) {
		EnrolmentStatus status = this.membership.enrol(person, id, form.levelsConsent());
		redirect.addFlashAttribute("success", enrolled(status));
		return "redirect:/lab/cohorts/" + id;
	}

	private static String enrolled(EnrolmentStatus status) {
		return (status == EnrolmentStatus.ENROLLED) ? "lab.enrol.done.ENROLLED" : "lab.enrol.done.WAITLISTED";
	}

	@PostMapping("/lab/my/invitations/{invitationId:\\d+}/accept")
	String accept(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long invitationId, ConsentForm form,
			RedirectAttributes redirect) {
		Accepted accepted = this.membership.accept(person, invitationId, form.levelsConsent());
		redirect.addFlashAttribute("success", enrolled(accepted.status()));
		return "redirect:/lab/my#cohort-" + accepted.cohortId();
	}

	@PostMapping("/lab/my/invitations/{invitationId:\\d+}/decline")
	String decline(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long invitationId,
			RedirectAttributes redirect) {
		this.membership.decline(person, invitationId);
		redirect.addFlashAttribute("success", "lab.invitation.declined");
		return "redirect:/lab/my";
	}

	/** Consent to the use of pre/post levels, given or withdrawn at any time. */
	@PostMapping("/lab/my/cohorts/{id:\\d+}/consent")
	String consent(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, ConsentForm form,
			RedirectAttributes redirect) {
		if (form.levelsConsent()) {
			this.membership.giveConsent(person, id);
		}
		else {
			this.membership.withdrawConsent(person, id);
		}
		redirect.addFlashAttribute("success", form.levelsConsent() ? "lab.consent.given" : "lab.consent.withdrawn");
		return "redirect:/lab/my#cohort-" + id;
	}

	@PostMapping("/lab/cohorts/{id:\\d+}/withdraw")
	String withdraw(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			RedirectAttributes redirect) {
		this.membership.withdraw(person, id);
		redirect.addFlashAttribute("success", "lab.enrol.withdrawn");
		return "redirect:/lab/cohorts/" + id;
	}

	@GetMapping("/lab/my")
	String mine(@AuthenticationPrincipal ObservatoryUser person, Model model) {
		model.addAttribute("invitations", this.cohorts.invitations(person.getAccountId()));
		model.addAttribute("views", this.evaluation.whatTrainersSee(person));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/my/list";
	}

	@GetMapping("/lab/my/cohorts/{id:\\d+}")
	String mine(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, Model model) {
		Participant place = this.cohorts.placeOf(person.getAccountId(), id)
			.orElseThrow(() -> new CohortNotFoundException(id));
		if (place.status() != EnrolmentStatus.ENROLLED) {
			return "redirect:/lab/cohorts/" + id;
		}
		OwnResult result = this.evaluation.ownResult(person, id);
		model.addAttribute("result", result);
		model.addAttribute("scheme", this.cohorts.version(result.cohort()));
		model.addAttribute("sessions", this.cohorts.sessions(id));
		model.addAttribute("done", this.cohorts.doneActivities(id, place.enrolmentId()));
		model.addAttribute("answered", this.feedback.answered(place.enrolmentId()));
		model.addAttribute("certificate", this.certificates.issuedTo(person, id).orElse(null));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/my/cohort";
	}

	@PostMapping("/lab/my/cohorts/{id:\\d+}/activities")
	String activity(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			@Valid ActivityDoneForm form) {
		this.membership.markActivity(person, id, form.moduleId(), form.activityNo(), form.done());
		return "redirect:/lab/my/cohorts/" + id + "#module-" + form.moduleId();
	}

	@GetMapping("/lab/my/cohorts/{id:\\d+}/feedback/{moduleId:\\d+}")
	String feedbackForm(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			@PathVariable long moduleId, Model model) {
		ModuleSnapshot module = this.feedback.module(person, id, moduleId);
		model.addAttribute("feedbackForm", FeedbackForm.blank());
		return feedbackPage(person, id, module, model);
	}

	private String feedbackPage(ObservatoryUser person, long id, ModuleSnapshot module, Model model) {
		model.addAttribute("cohort", this.cohorts.require(id));
		model.addAttribute("module", module);
		model.addAttribute("items", FeedbackAnswers.ITEMS);
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		model
			.addAttribute("answered",
					this.feedback.answered(this.cohorts.placeOf(person.getAccountId(), id)
						.orElseThrow(() -> new CohortNotFoundException(id))
						.enrolmentId()).contains(module.moduleId()));
		return "lab/my/feedback";
	}

	@PostMapping("/lab/my/cohorts/{id:\\d+}/feedback/{moduleId:\\d+}")
	String feedback(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, @PathVariable long moduleId,
			@Valid @ModelAttribute FeedbackForm feedbackForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ModuleSnapshot module = this.feedback.module(person, id, moduleId);
		if (result.hasErrors()) {
			return feedbackPage(person, id, module, model);
		}
		this.feedback.submit(person, id, moduleId, feedbackForm.answers(module.activityTypes()));
		redirect.addFlashAttribute("success", "lab.feedback.thanks");
		return "redirect:/lab/my/cohorts/" + id;
	}

	/**
	 * The participant's certificate, issued the first time they ask for it, with the link
	 * and QR code of its public check; a withdrawn one is no longer printed.
	 */
	@GetMapping("/lab/my/cohorts/{id:\\d+}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			Locale locale) {
		Issued issued = this.certificates.issueFor(person, id);
		if (!issued.certificate().isValid()) {
			throw new CertificateNotFoundException();
		}
		byte[] body = this.certificatePdf.certificate(issued.result().cohort(), issued.certificate(),
				issued.result().completion().attendancePercent(),
				this.publicUrl.link("/certificates/" + issued.certificate().getCode()), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-cohort-" + id + ".pdf").build().toString())
			.body(body);
	}

	/**
	 * Whether the pilot evaluation may use the person's pre/post levels; unticked is no.
	 */
	record ConsentForm(Boolean levelsConsent) {

		ConsentForm {
			levelsConsent = Boolean.TRUE.equals(levelsConsent);
		}

	}

	/** A self-paced activity of the version, marked done or not. */
	record ActivityDoneForm(@NotNull Long moduleId, @NotNull Integer activityNo, @NotNull Boolean done) {
	}

}
