package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeDraft;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.trainer.TrainerQualification;
import eu.dhso.lab.scheme.StaleSchemeException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trainers draft and edit their organisation's schemes, then submit them to the editors.
 */
@Controller
class SchemeEditController {

	private final SchemeDrafts drafts;

	private final Taxonomy taxonomy;

	private final CompetenceTitles competences;

	/** The newest published cases a case study may use, for the picker. */
	static final int CASE_CHOICES = 200;

	private final EvidenceCatalogue evidence;

	private final TrainerQualification qualification;

	private final PublishedSchemes published;

	SchemeEditController(SchemeDrafts drafts, Taxonomy taxonomy, CompetenceTitles competences,
			EvidenceCatalogue evidence, TrainerQualification qualification, PublishedSchemes published) {
		this.evidence = evidence;
		this.qualification = qualification;
		this.published = published;
		this.drafts = drafts;
		this.taxonomy = taxonomy;
		this.competences = competences;
	}

	@GetMapping("/lab/manage/schemes")
	String list(@AuthenticationPrincipal ObservatoryUser trainer, Model model) {
		model.addAttribute("schemeForm", SchemeForm.blank());
		return listPage(trainer, model);
	}

	@PostMapping("/lab/manage/schemes")
	String create(@AuthenticationPrincipal ObservatoryUser trainer, @Valid @ModelAttribute SchemeForm schemeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return listPage(trainer, model);
		}
		long id = this.drafts.create(trainer, schemeForm.fields());
		redirect.addFlashAttribute("success", "lab.scheme.created");
		return "redirect:/lab/manage/schemes/" + id;
	}

	@GetMapping("/lab/manage/schemes/{id:\\d+}")
	String edit(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, Model model) {
		SchemeDraft draft = this.drafts.editable(trainer, id);
		model.addAttribute("schemeForm", SchemeForm.of(draft));
		return schemePage(draft, model);
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}")
	String update(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@Valid @ModelAttribute SchemeForm schemeForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SchemeDraft draft = this.drafts.editable(trainer, id);
		if (result.hasErrors()) {
			return schemePage(draft, model);
		}
		long read = (schemeForm.version() != null) ? schemeForm.version() : -1;
		try {
			this.drafts.describe(trainer, id, read, schemeForm.fields());
		}
		catch (StaleSchemeException ex) {
			return staleEdit(trainer, id, schemeForm, ex, model, response);
		}
		redirect.addFlashAttribute("success", "lab.saved");
		return "redirect:/lab/manage/schemes/" + id;
	}

	/**
	 * Another trainer saved the scheme meanwhile: answer 409 with this trainer's input
	 * kept and what is saved now beside it. Saving again overwrites it deliberately.
	 */
	private String staleEdit(ObservatoryUser trainer, long id, SchemeForm input, StaleSchemeException ex, Model model,
			HttpServletResponse response) {
		SchemeDraft saved = this.drafts.editable(trainer, id);
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("error", "lab.scheme.error.stale");
		model.addAttribute("savedForm", SchemeForm.of(saved));
		model.addAttribute("schemeForm", input.withVersion(ex.getCurrentVersion()));
		return schemePage(saved, model);
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules")
	String addModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, @Valid ModuleForm form,
			BindingResult result, RedirectAttributes redirect) {
		this.drafts.editable(trainer, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "lab.module.error.fields");
			return "redirect:/lab/manage/schemes/" + id;
		}
		long moduleId = this.drafts.addModule(trainer, id, form.title().strip(), form.summary(), form.technologies());
		redirect.addFlashAttribute("success", "lab.module.added");
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}")
	String updateModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @Valid ModuleForm form, BindingResult result, RedirectAttributes redirect) {
		this.drafts.editable(trainer, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "lab.module.error.fields");
		}
		else {
			this.drafts.describeModule(trainer, id, moduleId, form.title().strip(), form.summary(),
					form.technologies());
			redirect.addFlashAttribute("success", "lab.saved");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/delete")
	String deleteModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, RedirectAttributes redirect) {
		this.drafts.removeModule(trainer, id, moduleId);
		redirect.addFlashAttribute("success", "lab.module.deleted");
		return "redirect:/lab/manage/schemes/" + id;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/move")
	String moveModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @Valid MoveForm form) {
		this.drafts.moveModule(trainer, id, moduleId, form.direction());
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/outcomes")
	String addOutcome(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @Valid OutcomeForm form, BindingResult result, RedirectAttributes redirect) {
		this.drafts.editable(trainer, id);
		if (result.hasErrors() || !this.competences.exists(form.competence())) {
			redirect.addFlashAttribute("error", "lab.outcome.error.fields");
		}
		else {
			this.drafts.addOutcome(trainer, id, moduleId, form.competence(), form.level(), form.description().strip());
			redirect.addFlashAttribute("success", "lab.outcome.added");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/outcomes/{outcomeId:\\d+}/delete")
	String deleteOutcome(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @PathVariable long outcomeId) {
		this.drafts.removeOutcome(trainer, id, moduleId, outcomeId);
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/activities")
	String addActivity(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @Valid ActivityForm form, BindingResult result, RedirectAttributes redirect) {
		this.drafts.editable(trainer, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "lab.activity.error.fields");
		}
		else if (form.caseId() != null
				&& this.evidence.resolve(EvidenceKind.CASE, form.caseId().toString()).isEmpty()) {
			// a case study names a case of the public library, chosen from the list
			redirect.addFlashAttribute("error", "lab.activity.error.case");
		}
		else {
			this.drafts.addActivity(trainer, id, moduleId, form.title().strip(), form.type(), form.delivery(),
					form.minutes(), form.caseId());
			redirect.addFlashAttribute("success", "lab.activity.added");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/activities/{activityId:\\d+}/delete")
	String deleteActivity(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @PathVariable long activityId) {
		this.drafts.removeActivity(trainer, id, moduleId, activityId);
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/submit")
	String submit(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			RedirectAttributes redirect) {
		if (this.drafts.submit(trainer, id)) {
			redirect.addFlashAttribute("success", "lab.scheme.submitted");
		}
		else {
			redirect.addFlashAttribute("error", "lab.scheme.error.incomplete");
		}
		return "redirect:/lab/manage/schemes/" + id;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/withdraw")
	String takeBack(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			RedirectAttributes redirect) {
		this.drafts.takeBack(trainer, id);
		redirect.addFlashAttribute("success", "lab.scheme.takenBack");
		return "redirect:/lab/manage/schemes/" + id;
	}

	private String listPage(ObservatoryUser trainer, Model model) {
		model.addAttribute("schemes", this.drafts.editableBy(trainer));
		model.addAttribute("professions", this.taxonomy.professions());
		return "lab/manage/schemes";
	}

	private String schemePage(SchemeDraft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("problems", draft.problems());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("technologies", this.taxonomy.technologies());
		model.addAttribute("competences", this.competences.all());
		model.addAttribute("activityTypes", ActivityType.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("publishedCases", this.evidence.search(EvidenceKind.CASE, "", CASE_CHOICES));
		if (draft.trainTheTrainers()) {
			model.addAttribute("tracks", this.qualification.qualifiedBy(draft.id()));
			model.addAttribute("trackOptions",
					this.published.latestVersions()
						.stream()
						.map(PublishedVersion::scheme)
						.filter((v) -> v.schemeId() != draft.id())
						.toList());
		}
		return "lab/manage/scheme";
	}

	static boolean text(String value, int max) {
		return value != null && !value.isBlank() && value.strip().length() <= max;
	}

	static List<String> list(List<String> values) {
		return (values != null) ? values.stream().filter((v) -> v != null && !v.isBlank()).distinct().toList()
				: List.of();
	}

	/** Up (-1) or down (1) in the scheme's order of modules. */
	record MoveForm(@NotNull @Min(-1) @Max(1) Integer direction) {
	}

}
