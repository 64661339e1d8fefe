package eu.dhso.lab.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortService;
import eu.dhso.lab.cohort.CohortService.Accepted;
import eu.dhso.lab.cohort.Cohorts.Participant;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.evaluation.EvaluationService;
import eu.dhso.lab.evaluation.FeedbackAnswers;
import eu.dhso.lab.evaluation.FeedbackService;
import eu.dhso.lab.evaluation.LabPdf;
import eu.dhso.lab.evaluation.Reports.OwnResult;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's side: asking for a place, answering invitations, consent to the use of
 * their levels, their cohorts with what trainers see of them, their own results, the
 * feedback survey and the certificate. Everything is found through the signed-in person's
 * own place, so nobody reaches another participant's data.
 */
@Controller("labParticipantController")
class ParticipantController {

	private final CohortService cohorts;

	private final EvaluationService evaluation;

	private final FeedbackService feedback;

	private final LabPdf pdf;

	ParticipantController(CohortService cohorts, EvaluationService evaluation, FeedbackService feedback, LabPdf pdf) {
		this.cohorts = cohorts;
		this.evaluation = evaluation;
		this.feedback = feedback;
		this.pdf = pdf;
	}

	@PostMapping("/lab/cohorts/{id:\\d+}/enrol")
	String enrol(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean levelsConsent, RedirectAttributes redirect) {
		EnrolmentStatus status = this.cohorts.enrol(person, id, levelsConsent);
		redirect.addFlashAttribute("success", enrolled(status));
		return "redirect:/lab/cohorts/" + id;
	}

	private static String enrolled(EnrolmentStatus status) {
		return (status == EnrolmentStatus.ENROLLED) ? "lab.enrol.done.ENROLLED" : "lab.enrol.done.WAITLISTED";
	}

	@PostMapping("/lab/my/invitations/{invitationId:\\d+}/accept")
	String accept(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long invitationId,
			@RequestParam(defaultValue = "false") boolean levelsConsent, RedirectAttributes redirect) {
		Accepted accepted = this.cohorts.accept(person, invitationId, levelsConsent);
		redirect.addFlashAttribute("success", enrolled(accepted.status()));
		return "redirect:/lab/my#cohort-" + accepted.cohortId();
	}

	@PostMapping("/lab/my/invitations/{invitationId:\\d+}/decline")
	String decline(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long invitationId,
			RedirectAttributes redirect) {
		this.cohorts.decline(person, invitationId);
		redirect.addFlashAttribute("success", "lab.invitation.declined");
		return "redirect:/lab/my";
	}

	/** Consent to the use of pre/post levels, given or withdrawn at any time. */
	@PostMapping("/lab/my/cohorts/{id:\\d+}/consent")
	String consent(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean levelsConsent, RedirectAttributes redirect) {
		this.cohorts.setLevelsConsent(person, id, levelsConsent);
		redirect.addFlashAttribute("success", levelsConsent ? "lab.consent.given" : "lab.consent.withdrawn");
		return "redirect:/lab/my#cohort-" + id;
	}

	@PostMapping("/lab/cohorts/{id:\\d+}/withdraw")
	String withdraw(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			RedirectAttributes redirect) {
		this.cohorts.withdraw(person, id);
		redirect.addFlashAttribute("success", "lab.enrol.withdrawn");
		return "redirect:/lab/cohorts/" + id;
	}

	@GetMapping("/lab/my")
	String mine(@AuthenticationPrincipal ObservatoryUser person, Model model) {
		model.addAttribute("invitations", this.cohorts.invitations(person.getAccountId()));
		model.addAttribute("views", this.evaluation.whatTrainersSee(person));
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
		model.addAttribute("done", this.cohorts.doneActivities(place.enrolmentId()));
		model.addAttribute("answered", this.feedback.answered(place.enrolmentId()));
		return "lab/my/cohort";
	}

	@PostMapping("/lab/my/cohorts/{id:\\d+}/activities")
	String activity(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, @RequestParam long moduleId,
			@RequestParam int activityNo, @RequestParam boolean done) {
		this.cohorts.markActivity(person, id, moduleId, activityNo, done);
		return "redirect:/lab/my/cohorts/" + id + "#module-" + moduleId;
	}

	@GetMapping("/lab/my/cohorts/{id:\\d+}/feedback/{moduleId:\\d+}")
	String feedbackForm(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			@PathVariable long moduleId, Model model) {
		ModuleSnapshot module = this.feedback.module(person, id, moduleId);
		model.addAttribute("cohort", this.cohorts.require(id));
		model.addAttribute("module", module);
		model.addAttribute("items", FeedbackAnswers.ITEMS);
		model
			.addAttribute("answered",
					this.feedback.answered(this.cohorts.placeOf(person.getAccountId(), id)
						.orElseThrow(() -> new CohortNotFoundException(id))
						.enrolmentId()).contains(moduleId));
		return "lab/my/feedback";
	}

	@PostMapping("/lab/my/cohorts/{id:\\d+}/feedback/{moduleId:\\d+}")
	String feedback(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id, @PathVariable long moduleId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ModuleSnapshot module = this.feedback.module(person, id, moduleId);
		Map<ActivityType, Integer> ratings = new EnumMap<>(ActivityType.class);
		for (ActivityType type : module.activityTypes()) {
			Integer rating = number(form.get("activity." + type.name()));
			if (rating != null) {
				ratings.put(type, rating);
			}
		}
		FeedbackAnswers answers = new FeedbackAnswers(score(form, "relevance"), score(form, "clarity"),
				score(form, "applicability"), score(form, "facilitation"), score(form, "overall"), ratings,
				form.get("comment"));
		if (!answers.valid()) {
			redirect.addFlashAttribute("error", "lab.feedback.error.invalid");
			return "redirect:/lab/my/cohorts/" + id + "/feedback/" + moduleId;
		}
		this.feedback.submit(person, id, moduleId, answers);
		redirect.addFlashAttribute("success", "lab.feedback.thanks");
		return "redirect:/lab/my/cohorts/" + id;
	}

	@GetMapping("/lab/my/cohorts/{id:\\d+}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal ObservatoryUser person, @PathVariable long id,
			Locale locale) {
		OwnResult result = this.evaluation.ownResult(person, id);
		if (result.completion() == null || !result.completion().completed()) {
			throw new CohortNotFoundException(id);
		}
		byte[] body = this.pdf.certificate(result.cohort(), this.cohorts.version(result.cohort()),
				person.getDisplayName(), result.completion().attendancePercent(), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-cohort-" + id + ".pdf").build().toString())
			.body(body);
	}

	private static int score(Map<String, String> form, String item) {
		Integer value = number(form.get(item));
		return (value != null) ? value : 0;
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
