package eu.dhso.skills.web;

import java.io.IOException;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.FrameworkAdministration.AreaDetail;
import eu.dhso.core.framework.FrameworkAdministration.CompetenceDetail;
import eu.dhso.core.framework.FrameworkAdministration.VersionDetail;
import eu.dhso.core.framework.PublishedVersionException;
import eu.dhso.core.framework.VersionNotFoundException;
import eu.dhso.skills.framework.FrameworkDocument;
import eu.dhso.skills.framework.FrameworkManagement;
import eu.dhso.skills.framework.FrameworkRules;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Areas and competences of a draft framework version; a published one answers 409. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FrameworkEditController {

	private final FrameworkManagement management;

	FrameworkEditController(FrameworkManagement management) {
		this.management = management;
	}

	@InitBinder("areaForm")
	void areaFields(WebDataBinder binder) {
		binder.setAllowedFields("code", "kind", "title", "description", "sortOrder");
	}

	@InitBinder("competenceForm")
	void competenceFields(WebDataBinder binder) {
		binder.setAllowedFields("code", "title", "description", "digcompCode", "escoUri", "sortOrder", "levels*");
	}

	@GetMapping({ "/skills/admin/framework/{id}/areas/new", "/skills/admin/framework/{id}/areas/{areaId}" })
	String area(@PathVariable Long id, @PathVariable(required = false) Long areaId, Model model) {
		VersionDetail version = draft(id);
		AreaForm form = new AreaForm();
		form.setSortOrder(version.areas().size() + 1);
		if (areaId != null) {
			AreaDetail area = area(version, areaId);
			form.setCode(area.code());
			form.setKind(area.kind().name());
			form.setTitle(area.title());
			form.setDescription(area.description());
			form.setSortOrder(area.sortOrder());
		}
		model.addAttribute("areaForm", form);
		return areaView(version, areaId, model);
	}

	@PostMapping({ "/skills/admin/framework/{id}/areas/new", "/skills/admin/framework/{id}/areas/{areaId}" })
	String saveArea(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@PathVariable(required = false) Long areaId, @Valid @ModelAttribute("areaForm") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VersionDetail version = draft(id);
		if (areaId != null) {
			area(version, areaId);
		}
		if (form.getCode() != null && !FrameworkRules.validAreaCode(form.getCode())) {
			result.rejectValue("code", "skills.framework.error.areaCode");
		}
		else if (form.getCode() != null && this.management.areaCodeTaken(id, form.getCode(), areaId)) {
			result.rejectValue("code", "skills.framework.error.codeTaken");
		}
		if (!FrameworkRules.validKind(form.getKind())) {
			result.rejectValue("kind", "skills.framework.error.kind");
		}
		if (result.hasErrors()) {
			return areaView(version, areaId, model);
		}
		this.management.saveArea(id, areaId, new FrameworkDocument.Area(form.getCode(), form.getKind(), form.getTitle(),
				form.getDescription(), null), form.getSortOrder(), admin.getUsername());
		redirect.addFlashAttribute("success", "skills.framework.saved");
		return "redirect:/skills/admin/framework/" + id;
	}

	@GetMapping({ "/skills/admin/framework/{id}/areas/{areaId}/competences/new",
			"/skills/admin/framework/{id}/areas/{areaId}/competences/{competenceId}" })
	String competence(@PathVariable Long id, @PathVariable Long areaId,
			@PathVariable(required = false) Long competenceId, Model model) {
		VersionDetail version = draft(id);
		AreaDetail area = area(version, areaId);
		CompetenceForm form = new CompetenceForm();
		form.setSortOrder(area.competences().size() + 1);
		if (competenceId != null) {
			CompetenceDetail c = competence(area, competenceId);
			form.setCode(c.code());
			form.setTitle(c.title());
			form.setDescription(c.description());
			form.setDigcompCode(c.digcompCode());
			form.setEscoUri(c.escoUri());
			form.setSortOrder(c.sortOrder());
			form.getLevels().putAll(c.levels());
		}
		model.addAttribute("competenceForm", form);
		return competenceView(version, area, competenceId, model);
	}

	@PostMapping({ "/skills/admin/framework/{id}/areas/{areaId}/competences/new",
			"/skills/admin/framework/{id}/areas/{areaId}/competences/{competenceId}" })
	String saveCompetence(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@PathVariable Long areaId, @PathVariable(required = false) Long competenceId,
			@Valid @ModelAttribute("competenceForm") CompetenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		VersionDetail version = draft(id);
		AreaDetail area = area(version, areaId);
		if (competenceId != null) {
			competence(area, competenceId);
		}
		if (form.getCode() != null && !FrameworkRules.validCompetenceCode(form.getCode())) {
			result.rejectValue("code", "skills.framework.error.competenceCode");
		}
		else if (form.getCode() != null && this.management.competenceCodeTaken(id, form.getCode(), competenceId)) {
			result.rejectValue("code", "skills.framework.error.codeTaken");
		}
		if (!FrameworkRules.validDigcomp(form.getDigcompCode())) {
			result.rejectValue("digcompCode", "skills.framework.error.digcomp");
		}
		if (!FrameworkRules.validEsco(form.getEscoUri())) {
			result.rejectValue("escoUri", "skills.framework.error.esco");
		}
		if (!FrameworkRules.completeLevels(form.getLevels())) {
			result.reject("skills.framework.error.levels");
		}
		if (result.hasErrors()) {
			return competenceView(version, area, competenceId, model);
		}
		this.management.saveCompetence(id, areaId, competenceId,
				new FrameworkDocument.Competence(form.getCode(), form.getTitle(), form.getDescription(),
						form.getDigcompCode(), form.getEscoUri(), form.getLevels()),
				form.getSortOrder(), admin.getUsername());
		redirect.addFlashAttribute("success", "skills.framework.saved");
		return "redirect:/skills/admin/framework/" + id;
	}

	private VersionDetail draft(Long id) {
		VersionDetail version = this.management.detail(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!version.draft()) {
			throw new PublishedVersionException(id);
		}
		return version;
	}

	private static AreaDetail area(VersionDetail version, Long areaId) {
		return version.areas()
			.stream()
			.filter((a) -> a.id().equals(areaId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CompetenceDetail competence(AreaDetail area, Long competenceId) {
		return area.competences()
			.stream()
			.filter((c) -> c.id().equals(competenceId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String areaView(VersionDetail version, Long areaId, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("areaId", areaId);
		return "skills/framework-area";
	}

	private String competenceView(VersionDetail version, AreaDetail area, Long competenceId, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("area", area);
		model.addAttribute("competenceId", competenceId);
		return "skills/framework-competence";
	}

	@ExceptionHandler(VersionNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(PublishedVersionException.class)
	void published(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
