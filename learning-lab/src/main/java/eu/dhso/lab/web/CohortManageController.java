package eu.dhso.lab.web;

import java.util.HashSet;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.certificate.CertificateIssuing;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.SessionSlot;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.cohort.StaleCohortException;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.trainer.TrainerQualification;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cohort's trainers, and only they, manage its sessions, participants and attendance.
 * Participants join by themselves or by accepting an invitation.
 */
@Controller
class CohortManageController {

	private final CohortViews cohorts;

	private final CohortPlanning planning;

	private final PublishedSchemes schemes;

	private final Taxonomy taxonomy;

	private final CertificateIssuing certificates;

	private final TrainerQualification qualification;

	CohortManageController(CohortViews cohorts, CohortPlanning planning, PublishedSchemes schemes, Taxonomy taxonomy,
			CertificateIssuing certificates, TrainerQualification qualification) {
		this.qualification = qualification;
		this.cohorts = cohorts;
		this.planning = planning;
		this.schemes = schemes;
		this.taxonomy = taxonomy;
		this.certificates = certificates;
	}

	@GetMapping("/lab/manage/cohorts")
	// one persistence context per page, so the cohort is read once
	@Transactional(readOnly = true)
	String list(@AuthenticationPrincipal ObservatoryUser trainer, Model model) {
		model.addAttribute("cohortForm", CohortForm.blank(this.cohorts.today()));
		return listPage(trainer, model);
	}

	private String listPage(ObservatoryUser trainer, Model model) {
		model.addAttribute("cohorts", this.cohorts.trainedBy(trainer.getAccountId()));
		model.addAttribute("versions", this.schemes.latestVersions());
		model.addAttribute("countries", this.taxonomy.countries());
		model.addAttribute("today", this.cohorts.today());
		return "lab/manage/cohorts";
	}

	@PostMapping("/lab/manage/cohorts")
	String create(@AuthenticationPrincipal ObservatoryUser trainer, @Valid @ModelAttribute CohortForm cohortForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("country") && !this.taxonomy.isCountry(cohortForm.country())) {
			result.rejectValue("country", "lab.cohort.error.country");
		}
		if (cohortForm.startsOn() != null && cohortForm.endsOn() != null
				&& cohortForm.endsOn().isBefore(cohortForm.startsOn())) {
			result.rejectValue("endsOn", "lab.cohort.error.dates");
		}
		if (result.hasErrors()) {
			return listPage(trainer, model);
		}
		long id = this.planning.create(trainer, cohortForm.fields());
		redirect.addFlashAttribute("success", "lab.cohort.created");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@GetMapping("/lab/manage/cohorts/{id:\\d+}")
	@Transactional(readOnly = true)
	String show(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, Model model) {
		CohortSummary cohort = this.cohorts.managed(trainer.getAccountId(), id);
		model.addAttribute("settingsForm", CohortSettingsForm.of(cohort));
		return cohortPage(cohort, model);
	}

	private String cohortPage(CohortSummary cohort, Model model) {
		long id = cohort.id();
		model.addAttribute("cohort", cohort);
		model.addAttribute("scheme", this.cohorts.version(cohort));
		model.addAttribute("trainers", this.cohorts.trainers(id));
		model.addAttribute("overrides", this.qualification.overrides(id));
		model.addAttribute("certificationRequired", this.qualification.requiresCertification(cohort.schemeId()));
		model.addAttribute("sessions", this.cohorts.sessions(id));
		model.addAttribute("participants", this.cohorts.participants(id));
		model.addAttribute("completion", this.cohorts.completion(cohort));
		model.addAttribute("certificates", this.certificates.ofCohort(id));
		model.addAttribute("today", this.cohorts.today());
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", CohortSettingsForm.of(cohort));
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.blank(cohort.startsOn()));
		}
		if (!model.containsAttribute("trainerForm")) {
			model.addAttribute("trainerForm", UsernameForm.blank());
		}
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", UsernameForm.blank());
		}
		return "lab/manage/cohort";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/capacity")
	String settings(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@Valid @ModelAttribute("settingsForm") CohortSettingsForm settingsForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CohortSummary cohort = this.cohorts.managed(trainer.getAccountId(), id);
		if (result.hasErrors()) {
			return cohortPage(cohort, model);
		}
		try {
			this.planning.changeSettings(trainer, id, settingsForm.version(), settingsForm.capacity(),
					settingsForm.open());
		}
		catch (StaleCohortException ex) {
			return staleSettings(trainer, id, settingsForm, ex, model, response);
		}
		redirect.addFlashAttribute("success", "lab.saved");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	/**
	 * Another trainer saved the cohort meanwhile: answer 409 with this trainer's input
	 * kept and what is saved now beside it. Saving again replaces it deliberately.
	 */
	private String staleSettings(ObservatoryUser trainer, long id, CohortSettingsForm input, StaleCohortException ex,
			Model model, HttpServletResponse response) {
		CohortSummary saved = this.cohorts.managed(trainer.getAccountId(), id);
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("error", "lab.cohort.error.stale");
		model.addAttribute("savedSettings", CohortSettingsForm.of(saved));
		model.addAttribute("settingsForm", input.withVersion(ex.getCurrentVersion()));
		return cohortPage(saved, model);
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/cancel")
	String cancel(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			RedirectAttributes redirect) {
		this.planning.cancel(trainer, id);
		redirect.addFlashAttribute("success", "lab.cohort.cancelled");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/trainers")
	String addTrainer(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@Valid @ModelAttribute("trainerForm") UsernameForm trainerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CohortSummary cohort = this.cohorts.managed(trainer.getAccountId(), id);
		if (result.hasErrors()) {
			return cohortPage(cohort, model);
		}
		this.planning.addTrainer(trainer, id, trainerForm.username());
		redirect.addFlashAttribute("success", "lab.cohort.trainerAdded");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions")
	String addSession(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@Valid @ModelAttribute("sessionForm") SessionForm sessionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CohortSummary cohort = this.cohorts.managed(trainer.getAccountId(), id);
		if (sessionForm.start() != null && sessionForm.end() != null
				&& !sessionForm.end().isAfter(sessionForm.start())) {
			result.rejectValue("end", "lab.session.error.times");
		}
		if (result.hasErrors()) {
			return cohortPage(cohort, model);
		}
		this.planning.addSession(trainer, id, sessionForm.fields());
		redirect.addFlashAttribute("success", "lab.session.added");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/delete")
	String deleteSession(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, RedirectAttributes redirect) {
		this.planning.deleteSession(trainer, id, sessionId);
		redirect.addFlashAttribute("success", "lab.session.deleted");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	/**
	 * Trainers invite; the person decides. The answer is the same whether or not the
	 * username exists, so the form cannot enumerate accounts.
	 */
	@PostMapping("/lab/manage/cohorts/{id:\\d+}/invitations")
	String invite(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@ModelAttribute("inviteForm") UsernameForm inviteForm, RedirectAttributes redirect) {
		// not validated: a blank or overlong name gets the same answer as any other
		this.planning.invite(trainer, id, inviteForm.username());
		redirect.addFlashAttribute("success", "lab.invitation.sent");
		return "redirect:/lab/manage/cohorts/" + id + "#participants";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/participants/{enrolmentId:\\d+}/remove")
	String removeParticipant(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long enrolmentId, RedirectAttributes redirect) {
		this.planning.removeParticipant(trainer, id, enrolmentId);
		redirect.addFlashAttribute("success", "lab.cohort.participantRemoved");
		return "redirect:/lab/manage/cohorts/" + id + "#participants";
	}

	@GetMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/attendance")
	@Transactional(readOnly = true)
	String attendance(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, Model model) {
		CohortSummary cohort = this.cohorts.managed(trainer.getAccountId(), id);
		SessionSlot session = this.cohorts.session(id, sessionId).orElseThrow(() -> new CohortNotFoundException(id));
		model.addAttribute("cohort", cohort);
		model.addAttribute("slot", session);
		model.addAttribute("participants",
				this.cohorts.participants(id).stream().filter((p) -> p.status() == EnrolmentStatus.ENROLLED).toList());
		model.addAttribute("attendance", this.cohorts.attendance(id, sessionId));
		return "lab/manage/attendance";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/attendance")
	String recordAttendance(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
		this.planning.recordAttendance(trainer, id, sessionId, new HashSet<>(form.present()));
		redirect.addFlashAttribute("success", "lab.attendance.saved");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	/** The enrolment ids ticked present; every other enrolled participant was absent. */
	record AttendanceForm(List<Long> present) {

		AttendanceForm {
			present = (present != null) ? present : List.of();
		}

	}

}
