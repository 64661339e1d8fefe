package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Professions;
import eu.dhso.core.taxonomy.Technologies;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeDraft;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.SchemeService;

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
 * Trainers draft and edit their organisation's schemes, then submit them to the editors.
 */
@Controller
class SchemeEditController {

	private final SchemeService schemes;

	private final Professions professions;

	private final Technologies technologies;

	private final CompetenceTitles competences;

	SchemeEditController(SchemeService schemes, Professions professions, Technologies technologies,
			CompetenceTitles competences) {
		this.schemes = schemes;
		this.professions = professions;
		this.technologies = technologies;
		this.competences = competences;
	}

	@GetMapping("/lab/manage/schemes")
	@Transactional(readOnly = true)
	String list(@AuthenticationPrincipal ObservatoryUser trainer, Model model) {
		model.addAttribute("schemes", this.schemes.editableBy(trainer));
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		return "lab/manage/schemes";
	}

	@PostMapping("/lab/manage/schemes")
	String create(@AuthenticationPrincipal ObservatoryUser trainer, @RequestParam String title,
			@RequestParam(defaultValue = "") String aims, @RequestParam(required = false) List<String> professions,
			@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "0") int workloadHours,
			@RequestParam(defaultValue = "false") boolean trainTheTrainers,
			@RequestParam(defaultValue = "false") boolean changeAgents, RedirectAttributes redirect) {
		SchemeFields fields = fields(title, aims, professions, language, workloadHours, trainTheTrainers, changeAgents);
		if (fields == null) {
			redirect.addFlashAttribute("error", "lab.scheme.error.fields");
			return "redirect:/lab/manage/schemes";
		}
		long id = this.schemes.create(trainer, fields);
		redirect.addFlashAttribute("success", "lab.scheme.created");
		return "redirect:/lab/manage/schemes/" + id;
	}

	@GetMapping("/lab/manage/schemes/{id:\\d+}")
	@Transactional(readOnly = true)
	String edit(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, Model model) {
		SchemeDraft draft = this.schemes.editable(trainer, id);
		model.addAttribute("draft", draft);
		model.addAttribute("problems", SchemeService.problems(draft));
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		model.addAttribute("technologies", this.technologies.findAllByOrderBySortOrder());
		model.addAttribute("competences", this.competences.all());
		model.addAttribute("activityTypes", ActivityType.values());
		model.addAttribute("deliveries", Delivery.values());
		return "lab/manage/scheme";
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}")
	String update(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id, @RequestParam String title,
			@RequestParam(defaultValue = "") String aims, @RequestParam(required = false) List<String> professions,
			@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "0") int workloadHours,
			@RequestParam(defaultValue = "false") boolean trainTheTrainers,
			@RequestParam(defaultValue = "false") boolean changeAgents, RedirectAttributes redirect) {
		SchemeFields fields = fields(title, aims, professions, language, workloadHours, trainTheTrainers, changeAgents);
		if (fields == null) {
			redirect.addFlashAttribute("error", "lab.scheme.error.fields");
		}
		else {
			this.schemes.update(trainer, id, fields);
			redirect.addFlashAttribute("success", "lab.saved");
		}
		return "redirect:/lab/manage/schemes/" + id;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules")
	String addModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@RequestParam String title, @RequestParam(defaultValue = "") String summary,
			@RequestParam(required = false) List<String> technologies, RedirectAttributes redirect) {
		if (!text(title, 200) || summary.length() > 4000) {
			redirect.addFlashAttribute("error", "lab.module.error.fields");
			return "redirect:/lab/manage/schemes/" + id;
		}
		long moduleId = this.schemes.addModule(trainer, id, title.strip(), summary.strip(), list(technologies));
		redirect.addFlashAttribute("success", "lab.module.added");
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}")
	String updateModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @RequestParam String title, @RequestParam(defaultValue = "") String summary,
			@RequestParam(required = false) List<String> technologies, RedirectAttributes redirect) {
		if (!text(title, 200) || summary.length() > 4000) {
			redirect.addFlashAttribute("error", "lab.module.error.fields");
		}
		else {
			this.schemes.updateModule(trainer, id, moduleId, title.strip(), summary.strip(), list(technologies));
			redirect.addFlashAttribute("success", "lab.saved");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/delete")
	String deleteModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, RedirectAttributes redirect) {
		this.schemes.deleteModule(trainer, id, moduleId);
		redirect.addFlashAttribute("success", "lab.module.deleted");
		return "redirect:/lab/manage/schemes/" + id;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/move")
	String moveModule(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @RequestParam int direction) {
		this.schemes.moveModule(trainer, id, moduleId, direction);
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/outcomes")
	String addOutcome(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @RequestParam String competence, @RequestParam int level,
			@RequestParam String description, RedirectAttributes redirect) {
		if (!text(description, 1000) || !this.competences.exists(competence) || level < 1 || level > 4) {
			redirect.addFlashAttribute("error", "lab.outcome.error.fields");
		}
		else {
			this.schemes.addOutcome(trainer, id, moduleId, competence, level, description.strip());
			redirect.addFlashAttribute("success", "lab.outcome.added");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/outcomes/{outcomeId:\\d+}/delete")
	String deleteOutcome(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @PathVariable long outcomeId) {
		this.schemes.deleteOutcome(trainer, id, moduleId, outcomeId);
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/activities")
	String addActivity(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @RequestParam String title, @RequestParam ActivityType type,
			@RequestParam Delivery delivery, @RequestParam int minutes, @RequestParam(required = false) Long caseId,
			RedirectAttributes redirect) {
		if (!text(title, 200) || minutes < 1 || minutes > 10000) {
			redirect.addFlashAttribute("error", "lab.activity.error.fields");
		}
		else {
			this.schemes.addActivity(trainer, id, moduleId, title.strip(), type, delivery, minutes, caseId);
			redirect.addFlashAttribute("success", "lab.activity.added");
		}
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/modules/{moduleId:\\d+}/activities/{activityId:\\d+}/delete")
	String deleteActivity(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			@PathVariable long moduleId, @PathVariable long activityId) {
		this.schemes.deleteActivity(trainer, id, moduleId, activityId);
		return "redirect:/lab/manage/schemes/" + id + "#module-" + moduleId;
	}

	@PostMapping("/lab/manage/schemes/{id:\\d+}/submit")
	String submit(@AuthenticationPrincipal ObservatoryUser trainer, @PathVariable long id,
			RedirectAttributes redirect) {
		if (this.schemes.submit(trainer, id)) {
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
		this.schemes.returnToDraft(trainer, id);
		redirect.addFlashAttribute("success", "lab.scheme.takenBack");
		return "redirect:/lab/manage/schemes/" + id;
	}

	private static SchemeFields fields(String title, String aims, List<String> professions, String language,
			int workloadHours, boolean trainTheTrainers, boolean changeAgents) {
		if (!text(title, 200) || aims.length() > 8000 || !LabLinks.LANGUAGES.contains(language) || workloadHours < 0
				|| workloadHours > 2000) {
			return null;
		}
		return new SchemeFields(title.strip(), aims.strip(), list(professions), language, workloadHours,
				trainTheTrainers, changeAgents);
	}

	static boolean text(String value, int max) {
		return value != null && !value.isBlank() && value.strip().length() <= max;
	}

	static List<String> list(List<String> values) {
		return (values != null) ? values.stream().filter((v) -> v != null && !v.isBlank()).distinct().toList()
				: List.of();
	}

}
