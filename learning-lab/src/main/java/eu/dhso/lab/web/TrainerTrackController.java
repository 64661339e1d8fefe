package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.trainer.TrainerQualification;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The train-the-trainers track: a track's editors name the schemes it qualifies trainers
 * for; an administrator assigns a trainer outside the rule, with a reason.
 */
@Controller
class TrainerTrackController {

	private final TrainerQualification qualification;

	private final CohortPlanning planning;

	private final CohortViews cohorts;

	TrainerTrackController(TrainerQualification qualification, CohortPlanning planning, CohortViews cohorts) {
		this.qualification = qualification;
		this.planning = planning;
		this.cohorts = cohorts;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/tracks")
	String addTrack(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@RequestParam(required = false) Long qualifiedSchemeId, RedirectAttributes redirect) {
		if (qualifiedSchemeId == null) {
			redirect.addFlashAttribute("error", "lab.track.error.scheme");
		}
		else {
			this.qualification.addTrack(trainer, id, qualifiedSchemeId);
			redirect.addFlashAttribute("success", "lab.track.added");
		}
		return "redirect:/lab/manage/schemes/" + id + "#track";
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/tracks/{qualified:\\d+}/remove")
	String removeTrack(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long qualified, RedirectAttributes redirect) {
		this.qualification.removeTrack(trainer, id, qualified);
		redirect.addFlashAttribute("success", "lab.track.removed");
		return "redirect:/lab/manage/schemes/" + id + "#track";
	}

	@GetMapping("/lab/admin/cohorts/{id:\\d+}/trainers")
	String overridePage(@PathVariable long id, Model model) {
		model.addAttribute("overrideForm", OverrideForm.blank());
		return page(this.cohorts.require(id), model);
	}

	@PostMapping("/lab/admin/cohorts/{id:\\d+}/trainers")
	String override(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable long id,
			@Valid @ModelAttribute("overrideForm") OverrideForm overrideForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CohortSummary cohort = this.cohorts.require(id);
		if (result.hasErrors()) {
			return page(cohort, model);
		}
		this.planning.overrideTrainer(admin, id, overrideForm.username(), overrideForm.reason());
		redirect.addFlashAttribute("success", "lab.override.done");
		return "redirect:/lab/admin/cohorts/" + id + "/trainers";
	}

	private String page(CohortSummary cohort, Model model) {
		model.addAttribute("c", cohort);
		model.addAttribute("trainers", this.cohorts.trainers(cohort.id()));
		model.addAttribute("overrides", this.qualification.overrides(cohort.id()));
		model.addAttribute("certificationRequired", this.qualification.requiresCertification(cohort.schemeId()));
		return "lab/admin/trainers";
	}

}
