package eu.dhso.skills.web;

import java.util.Objects;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.WorkshopNeeds;
import eu.dhso.skills.profile.RoleProfile;
import eu.dhso.skills.profile.RoleProfileMaintenance;
import eu.dhso.skills.profile.RoleProfileMaintenance.ProfileView;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Editors and administrators maintain the expected levels of a profession in one grid.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class RoleProfileEditController {

	private final RoleProfileMaintenance profiles;

	private final Taxonomy taxonomy;

	private final WorkshopNeeds workshops;

	RoleProfileEditController(RoleProfileMaintenance profiles, Taxonomy taxonomy, WorkshopNeeds workshops) {
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.workshops = workshops;
	}

	@InitBinder("profileForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("levels*", "version");
	}

	@GetMapping("/skills/profiles/{profession}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable String profession, @RequestParam(required = false) String setting, Model model) {
		ProfileView profile = load(profession, setting);
		RoleProfileForm form = new RoleProfileForm();
		form.getLevels().putAll(profile.levels());
		form.setVersion(profile.version());
		model.addAttribute("profileForm", form);
		return formView(profile, model);
	}

	@PostMapping("/skills/profiles/{profession}/edit")
	String save(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable String profession,
			@RequestParam(required = false) String setting, @ModelAttribute("profileForm") RoleProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ProfileView profile = load(profession, setting);
		boolean complete = profile.framework()
			.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.map(CompetenceView::id)
			.map(form.getLevels()::get)
			.allMatch((level) -> level != null && level >= RoleProfile.LOWEST_LEVEL
					&& level <= RoleProfile.HIGHEST_LEVEL);
		if (result.hasErrors() || !complete || form.getLevels().size() != profile.framework().competenceCount()) {
			model.addAttribute("error", "skills.profile.edit.incomplete");
			return formView(profile, model);
		}
		try {
			this.profiles.revise(profession, profile.careSetting(), form.getLevels(), form.getVersion(),
					editor.getUsername());
		}
		catch (OptimisticLockingFailureException stale) {
			// keep the editor's levels; saving again knowingly replaces the other
			// editor's change
			ProfileView current = load(profession, setting);
			form.setVersion(current.version());
			model.addAttribute("error", "skills.profile.edit.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(current, model);
		}
		redirect.addFlashAttribute("success", "skills.profile.edit.saved");
		return "redirect:" + UriComponentsBuilder.fromPath("/skills/profiles/{profession}")
			.queryParamIfPresent("setting", java.util.Optional.ofNullable(profile.careSetting()))
			.buildAndExpand(profession)
			.encode()
			.toUriString();
	}

	private ProfileView load(String profession, String setting) {
		String careSetting = (setting == null || setting.isBlank()) ? null : setting;
		if (careSetting != null && !this.taxonomy.isCareSetting(careSetting)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return this.profiles.published(profession, careSetting)
			.filter((p) -> Objects.equals(p.careSetting(), careSetting))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String formView(ProfileView profile, Model model) {
		model.addAttribute("profile", profile);
		// what needs workshops found for this profession, so the review weighs it
		model.addAttribute("workshopNeeds", this.workshops.forProfession(profile.profession()));
		return "skills/profile-edit";
	}

}
