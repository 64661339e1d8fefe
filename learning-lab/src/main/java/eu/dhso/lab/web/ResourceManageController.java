package eu.dhso.lab.web;

import java.io.IOException;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.resource.ResourceFields;
import eu.dhso.lab.resource.ResourceKind;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.resource.ResourceRejectedException;
import eu.dhso.lab.resource.UploadedFile;
import eu.dhso.lab.scheme.CompetenceTitles;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Trainers and editors add resources to the open library and withdraw them. */
@Controller
class ResourceManageController {

	private final ResourceLibrary resources;

	private final Taxonomy taxonomy;

	private final CompetenceTitles competences;

	ResourceManageController(ResourceLibrary resources, Taxonomy taxonomy, CompetenceTitles competences) {
		this.resources = resources;
		this.taxonomy = taxonomy;
		this.competences = competences;
	}

	@GetMapping("/lab/manage/resources")
	String list(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("resourceForm", ResourceForm.blank());
		return listPage(user, model);
	}

	@PostMapping("/lab/manage/resources")
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute ResourceForm resourceForm,
			BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
		if (result.hasErrors()) {
			return listPage(user, model);
		}
		MultipartFile file = resourceForm.file();
		UploadedFile upload = (file != null && !file.isEmpty())
				? new UploadedFile(file.getOriginalFilename(), file.getBytes()) : null;
		try {
			long id = this.resources.create(user, resourceForm.fields(), upload);
			redirect.addFlashAttribute("success", "lab.resource.created");
			return "redirect:/lab/resources/" + id;
		}
		catch (ResourceRejectedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/lab/manage/resources";
		}
	}

	private String listPage(ObservatoryUser user, Model model) {
		model.addAttribute("resources", this.resources.managedBy(user));
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("technologies", this.taxonomy.technologies());
		model.addAttribute("competences", this.competences.all());
		model.addAttribute("maxMegabytes", ResourceLibrary.MAX_FILE_SIZE / (1024 * 1024));
		return "lab/manage/resources";
	}

	@PostMapping("/lab/manage/resources/{id:\\d+}/published")
	String setPublished(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@RequestParam boolean published, RedirectAttributes redirect) {
		this.resources.setPublished(user, id, published);
		redirect.addFlashAttribute("success", published ? "lab.resource.republished" : "lab.resource.withdrawn");
		return "redirect:/lab/manage/resources";
	}

}
