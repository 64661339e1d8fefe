package eu.dhso.lab.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortService;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.cohort.Cohorts.CohortFields;
import eu.dhso.lab.cohort.Cohorts.Session;
import eu.dhso.lab.cohort.Cohorts.SessionFields;
import eu.dhso.lab.scheme.PublishedSchemes;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cohort's trainers, and only they, manage its sessions, participants and attendance.
 * Participants join by themselves or by accepting an invitation.
 */
@Controller
class CohortManageController {

	private final CohortService cohorts;

	private final PublishedSchemes schemes;

	private final Taxonomy taxonomy;

	CohortManageController(CohortService cohorts, PublishedSchemes schemes, Taxonomy taxonomy) {
		this.cohorts = cohorts;
		this.schemes = schemes;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/lab/manage/cohorts")
	@Transactional(readOnly = true)
	String list(@AuthenticationPrincipal ObservatoryUser trainer, Model model) {
		model.addAttribute("cohorts", this.cohorts.trainedBy(trainer.getAccountId()));
		model.addAttribute("versions", this.schemes.latestVersions());
		model.addAttribute("countries", this.taxonomy.countries());
		model.addAttribute("today", this.cohorts.today());
		return "lab/manage/cohorts";
	}

	@PostMapping("/lab/manage/cohorts")
	String create(@AuthenticationPrincipal ObservatoryUser trainer, @RequestParam long versionId,
			@RequestParam String title, @RequestParam String country,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(defaultValue = "25") int capacity, @RequestParam(defaultValue = "80") int minAttendance,
			RedirectAttributes redirect) {
		if (!SchemeEditController.text(title, 200) || !this.taxonomy.isCountry(country) || capacity < 1
				|| capacity > 500 || minAttendance < 0 || minAttendance > 100) {
			redirect.addFlashAttribute("error", "lab.cohort.error.fields");
			return "redirect:/lab/manage/cohorts";
		}
		long id = this.cohorts.create(trainer,
				new CohortFields(versionId, title.strip(), country, startsOn, endsOn, capacity, minAttendance));
		redirect.addFlashAttribute("success", "lab.cohort.created");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@GetMapping("/lab/manage/cohorts/{id:\\d+}")
	@Transactional(readOnly = true)
	String show(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, Model model) {
		Cohort cohort = this.cohorts.managed(trainer, id);
		model.addAttribute("cohort", cohort);
		model.addAttribute("scheme", this.cohorts.version(cohort));
		model.addAttribute("trainers", this.cohorts.trainers(id));
		model.addAttribute("sessions", this.cohorts.sessions(id));
		model.addAttribute("participants", this.cohorts.participants(id));
		model.addAttribute("completion", this.cohorts.completion(cohort));
		model.addAttribute("today", this.cohorts.today());
		return "lab/manage/cohort";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/capacity")
	String capacity(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, @RequestParam int capacity,
			@RequestParam(defaultValue = "false") boolean open, RedirectAttributes redirect) {
		this.cohorts.setCapacity(trainer, id, capacity, open);
		redirect.addFlashAttribute("success", "lab.saved");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/trainers")
	String addTrainer(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@RequestParam String username, RedirectAttributes redirect) {
		this.cohorts.addTrainer(trainer, id, username);
		redirect.addFlashAttribute("success", "lab.cohort.trainerAdded");
		return "redirect:/lab/manage/cohorts/" + id;
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions")
	String addSession(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@RequestParam String title, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
			@RequestParam(defaultValue = "") String location, @RequestParam(required = false) Long moduleId,
			RedirectAttributes redirect) {
		if (!SchemeEditController.text(title, 200) || location.length() > 200) {
			redirect.addFlashAttribute("error", "lab.session.error.fields");
			return "redirect:/lab/manage/cohorts/" + id;
		}
		this.cohorts.addSession(trainer, id,
				new SessionFields(title.strip(), date, start, end, location.strip(), moduleId));
		redirect.addFlashAttribute("success", "lab.session.added");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/delete")
	String deleteSession(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, RedirectAttributes redirect) {
		this.cohorts.deleteSession(trainer, id, sessionId);
		redirect.addFlashAttribute("success", "lab.session.deleted");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	/**
	 * Trainers invite; the person decides. The answer is the same whether or not the
	 * username exists, so the form cannot enumerate accounts.
	 */
	@PostMapping("/lab/manage/cohorts/{id:\\d+}/invitations")
	String invite(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@RequestParam String username, RedirectAttributes redirect) {
		this.cohorts.invite(trainer, id, username);
		redirect.addFlashAttribute("success", "lab.invitation.sent");
		return "redirect:/lab/manage/cohorts/" + id + "#participants";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/participants/{enrolmentId:\\d+}/remove")
	String removeParticipant(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long enrolmentId, RedirectAttributes redirect) {
		this.cohorts.removeParticipant(trainer, id, enrolmentId);
		redirect.addFlashAttribute("success", "lab.cohort.participantRemoved");
		return "redirect:/lab/manage/cohorts/" + id + "#participants";
	}

	@GetMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/attendance")
	@Transactional(readOnly = true)
	String attendance(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, Model model) {
		Cohort cohort = this.cohorts.managed(trainer, id);
		Session session = session(id, sessionId);
		model.addAttribute("cohort", cohort);
		model.addAttribute("slot", session);
		model.addAttribute("participants",
				this.cohorts.participants(id)
					.stream()
					.filter((p) -> p.status() == eu.dhso.lab.cohort.EnrolmentStatus.ENROLLED)
					.toList());
		model.addAttribute("attendance", this.cohorts.attendance(sessionId));
		return "lab/manage/attendance";
	}

	@PostMapping("/lab/manage/cohorts/{id:\\d+}/sessions/{sessionId:\\d+}/attendance")
	String recordAttendance(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long sessionId, @RequestParam(required = false) List<Long> present,
			RedirectAttributes redirect) {
		this.cohorts.recordAttendance(trainer, id, sessionId,
				(present != null) ? new HashSet<>(present) : new HashSet<>());
		redirect.addFlashAttribute("success", "lab.attendance.saved");
		return "redirect:/lab/manage/cohorts/" + id + "#sessions";
	}

	private Session session(long cohortId, long sessionId) {
		return this.cohorts.sessions(cohortId)
			.stream()
			.filter((s) -> s.id() == sessionId)
			.findFirst()
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

}
