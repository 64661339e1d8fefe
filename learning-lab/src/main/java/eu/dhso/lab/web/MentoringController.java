package eu.dhso.lab.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.lab.mentoring.Mentoring;
import eu.dhso.lab.mentoring.TrainingPlanLinks;
import eu.dhso.lab.mentoring.Mentoring.EvidenceDownload;
import eu.dhso.lab.mentoring.Mentoring.PlanDetails;
import eu.dhso.lab.mentoring.MentoringRejectedException;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.resource.UploadedFile;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.web.MentoringForms.CancelForm;
import eu.dhso.lab.web.MentoringForms.EvidenceForm;
import eu.dhso.lab.web.MentoringForms.PlanActivityForm;
import eu.dhso.lab.web.MentoringForms.ProposalForm;
import eu.dhso.lab.web.MentoringForms.ReturnForm;
import eu.dhso.lab.web.MentoringForms.VersionForm;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work-based learning plans: the list and proposal form, one plan with its activities,
 * evidence and decisions. Every plan is found through the service, which answers 404 to
 * anyone but its two parties (and administrators, who only read).
 */
@Controller
class MentoringController {

	private final Mentoring mentoring;

	private final CompetenceTitles competences;

	private final ResourceLibrary resources;

	private final TrainingPlanLinks trainingPlans;

	MentoringController(Mentoring mentoring, CompetenceTitles competences, ResourceLibrary resources,
			TrainingPlanLinks trainingPlans) {
		this.mentoring = mentoring;
		this.trainingPlans = trainingPlans;
		this.competences = competences;
		this.resources = resources;
	}

	@GetMapping("/mentoring")
	String list(@AuthenticationPrincipal ObservatoryUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("proposalForm", ProposalForm.blank());
		return listPage(user, page, model);
	}

	@PostMapping("/mentoring")
	String propose(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute ProposalForm proposalForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!mayPropose(user)) {
			redirect.addFlashAttribute("error", "lab.mentoring.error.role");
			return "redirect:/mentoring";
		}
		if (result.hasErrors()) {
			return listPage(user, 0, model);
		}
		return this.mentoring
			.propose(user, proposalForm.title(), proposalForm.goal(), proposalForm.counterpart().strip())
			.map((id) -> {
				redirect.addFlashAttribute("success", "lab.mentoring.proposed");
				return "redirect:/mentoring/" + id;
			})
			.orElseGet(() -> {
				result.rejectValue("counterpart", "lab.mentoring.error.counterpart");
				return listPage(user, 0, model);
			});
	}

	private String listPage(ObservatoryUser user, int page, Model model) {
		model.addAttribute("plans", this.mentoring.plans(user, page));
		model.addAttribute("mayPropose", mayPropose(user));
		model.addAttribute("asMentor", user.hasRole(Role.MENTOR));
		model.addAttribute("mentors", user.hasRole(Role.PROFESSIONAL) ? this.mentoring.mentors() : java.util.List.of());
		return "lab/mentoring/list";
	}

	private static boolean mayPropose(ObservatoryUser user) {
		return user.hasRole(Role.PROFESSIONAL) || user.hasRole(Role.MENTOR);
	}

	@GetMapping("/mentoring/{id:\\d+}")
	String plan(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		PlanDetails plan = this.mentoring.plan(user, id);
		model.addAttribute("planActivityForm", PlanActivityForm.blank(plan.version(), LocalDate.now(ZoneOffset.UTC)));
		return planPage(user, plan, model);
	}

	private String planPage(ObservatoryUser user, PlanDetails plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("countsToward", this.trainingPlans.countsToward(user, plan.id()).orElse(null));
		model.addAttribute("trainingPlans", this.trainingPlans.choices());
		if (plan.editable()) {
			model.addAttribute("competences", this.competences.all());
			model.addAttribute("resources", this.resources.publishedByTitle());
		}
		model.addAttribute("maxMegabytes", Mentoring.MAX_FILE_SIZE / (1024 * 1024));
		return "lab/mentoring/plan";
	}

	@PostMapping("/mentoring/{id:\\d+}/activities")
	String addActivity(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute PlanActivityForm planActivityForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return planPage(user, this.mentoring.plan(user, id), model);
		}
		return act(redirect, id, "lab.mentoring.activity.added",
				() -> this.mentoring.addActivity(user, id, planActivityForm.version(), planActivityForm.fields()));
	}

	@PostMapping("/mentoring/{id:\\d+}/activities/{activityId:\\d+}/remove")
	String removeActivity(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@PathVariable long activityId, @Valid VersionForm form, RedirectAttributes redirect) {
		return act(redirect, id, "lab.mentoring.activity.removed",
				() -> this.mentoring.removeActivity(user, id, form.version(), activityId));
	}

	@PostMapping("/mentoring/{id:\\d+}/training-plan")
	String countToward(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@RequestParam(required = false) Long trainingPlan, RedirectAttributes redirect) {
		return act(redirect, id, "lab.mentoring.trainingPlan.saved",
				() -> this.trainingPlans.countToward(user, id, trainingPlan));
	}

	@PostMapping("/mentoring/{id:\\d+}/agree")
	String agree(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @Valid VersionForm form,
			RedirectAttributes redirect) {
		return act(redirect, id, "lab.mentoring.agreed", () -> this.mentoring.agree(user, id, form.version()));
	}

	@PostMapping("/mentoring/{id:\\d+}/cancel")
	String cancel(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @Valid CancelForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors() || !Boolean.TRUE.equals(form.confirm())) {
			this.mentoring.plan(user, id);
			redirect.addFlashAttribute("error", "lab.mentoring.error.confirm");
			return "redirect:/mentoring/" + id + "#cancel";
		}
		return act(redirect, id, "lab.mentoring.cancelled", () -> this.mentoring.cancel(user, id, form.reason()));
	}

	@PostMapping("/mentoring/{id:\\d+}/activities/{activityId:\\d+}/evidence")
	String evidence(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long activityId,
			@Valid EvidenceForm form, BindingResult result, RedirectAttributes redirect) throws IOException {
		if (result.hasErrors()) {
			this.mentoring.plan(user, id);
			redirect.addFlashAttribute("error", "lab.mentoring.error.evidenceNote");
			return "redirect:/mentoring/" + id + "#activity-" + activityId;
		}
		MultipartFile file = form.file();
		UploadedFile upload = (file != null && !file.isEmpty())
				? new UploadedFile(file.getOriginalFilename(), file.getBytes()) : null;
		return act(redirect, id, "lab.mentoring.evidence.logged",
				() -> this.mentoring.logEvidence(user, id, activityId, form.note(), upload));
	}

	@PostMapping("/mentoring/{id:\\d+}/activities/{activityId:\\d+}/sign-off")
	String signOff(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long activityId,
			RedirectAttributes redirect) {
		return act(redirect, id, "lab.mentoring.activity.signedOff",
				() -> this.mentoring.signOff(user, id, activityId));
	}

	@PostMapping("/mentoring/{id:\\d+}/activities/{activityId:\\d+}/return")
	String giveBack(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long activityId,
			@Valid ReturnForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.mentoring.plan(user, id);
			redirect.addFlashAttribute("error", "lab.mentoring.error.reason");
			return "redirect:/mentoring/" + id + "#activity-" + activityId;
		}
		return act(redirect, id, "lab.mentoring.activity.returned",
				() -> this.mentoring.returnActivity(user, id, activityId, form.reason()));
	}

	@GetMapping("/mentoring/{id:\\d+}/evidence/{evidenceId:\\d+}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@PathVariable long evidenceId) {
		EvidenceDownload file = this.mentoring.evidenceFile(user, id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.fileType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	/**
	 * Runs a change and returns to the plan: with the success message, or with the reason
	 * it was refused (a plan the person is not party to stays 404).
	 */
	private static String act(RedirectAttributes redirect, long id, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (MentoringRejectedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/mentoring/" + id;
	}

}
