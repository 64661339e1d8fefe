package eu.dhso.skills.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.workshop.InvalidWorkshopException;
import eu.dhso.skills.workshop.NeedsWorkshops;
import eu.dhso.skills.workshop.Priority;
import eu.dhso.skills.workshop.WorkshopView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A partner (or an administrator) records a needs workshop and revises its draft. */
@Controller
class WorkshopEditController {

	private final NeedsWorkshops workshops;

	private final Taxonomy taxonomy;

	private final CompetenceFramework framework;

	WorkshopEditController(NeedsWorkshops workshops, Taxonomy taxonomy, CompetenceFramework framework) {
		this.workshops = workshops;
		this.taxonomy = taxonomy;
		this.framework = framework;
	}

	@InitBinder("workshopForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("organisationId", "title", "heldOn", "place", "countryCode", "careSetting",
				"facilitator", "participants*", "findings*", "version");
	}

	@GetMapping("/workshops/new")
	String create(@AuthenticationPrincipal ObservatoryUser user, Locale locale, Model model) {
		mayRecord(user);
		WorkshopForm form = new WorkshopForm();
		form.setCountryCode(this.workshops.homeCountry(user));
		model.addAttribute("workshopForm", form.withSpareRows());
		return formView(null, user, locale, model);
	}

	@PostMapping("/workshops/new")
	String create(@AuthenticationPrincipal ObservatoryUser user,
			@Valid @ModelAttribute("workshopForm") WorkshopForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		mayRecord(user);
		if (!check(form, result)) {
			form.withSpareRows();
			return formView(null, user, locale, model);
		}
		try {
			long id = this.workshops.record(form.getOrganisationId(), form.details(), form.participantCounts(),
					form.toFindings(), user);
			redirect.addFlashAttribute("success", "skills.workshop.saved");
			return "redirect:/workshops/" + id;
		}
		catch (InvalidWorkshopException invalid) {
			result.reject("skills.workshop.invalid." + invalid.field());
			form.withSpareRows();
			return formView(null, user, locale, model);
		}
	}

	@GetMapping("/workshops/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Locale locale, Model model) {
		WorkshopView workshop = editable(id, user);
		model.addAttribute("workshopForm", WorkshopForm.of(workshop));
		return formView(workshop, user, locale, model);
	}

	@PostMapping("/workshops/{id:\\d+}/edit")
	String save(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute("workshopForm") WorkshopForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		WorkshopView workshop = editable(id, user);
		if (!check(form, result)) {
			form.withSpareRows();
			return formView(workshop, user, locale, model);
		}
		try {
			this.workshops.revise(id, form.details(), form.participantCounts(), form.toFindings(), form.getVersion(),
					user);
		}
		catch (OptimisticLockingFailureException stale) {
			// keep what was typed; saving again knowingly replaces the other change
			form.setVersion(editable(id, user).version());
			model.addAttribute("error", "skills.workshop.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
			form.withSpareRows();
			return formView(workshop, user, locale, model);
		}
		catch (InvalidWorkshopException invalid) {
			result.reject("skills.workshop.invalid." + invalid.field());
			form.withSpareRows();
			return formView(workshop, user, locale, model);
		}
		redirect.addFlashAttribute("success", "skills.workshop.saved");
		return "redirect:/workshops/" + id;
	}

	/** Field checks Bean Validation cannot express; true when the form may be saved. */
	private boolean check(WorkshopForm form, BindingResult result) {
		if (form.getCountryCode() != null && !form.getCountryCode().isBlank()
				&& !this.taxonomy.isCountry(form.getCountryCode())) {
			result.rejectValue("countryCode", "skills.workshop.invalid.countryCode");
		}
		if (form.getParticipants().values().stream().anyMatch((n) -> n != null && (n < 0 || n > 10000))) {
			result.rejectValue("participants", "skills.workshop.participants.range");
		}
		else if (form.participantCounts().isEmpty()) {
			result.rejectValue("participants", "skills.workshop.participants.none");
		}
		List<WorkshopForm.FindingRow> rows = form.getFindings();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).incomplete()) {
				result.rejectValue("findings[" + i + "].need", "skills.workshop.finding.incomplete");
			}
		}
		if (form.filledRows() == 0 && !result.hasFieldErrors("findings*")) {
			result.rejectValue("findings", "skills.workshop.finding.none");
		}
		return !result.hasErrors();
	}

	private void mayRecord(ObservatoryUser user) {
		if (!NeedsWorkshops.mayRecord(user)) {
			throw new ResponseStatusException(FORBIDDEN);
		}
	}

	private WorkshopView editable(long id, ObservatoryUser user) {
		WorkshopView workshop = this.workshops.find(id, user).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!NeedsWorkshops.mayEdit(workshop, user)) {
			throw new ResponseStatusException(workshop.published() ? HttpStatus.CONFLICT : FORBIDDEN);
		}
		return workshop;
	}

	private String formView(WorkshopView workshop, ObservatoryUser user, Locale locale, Model model) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("organisations",
				user.hasRole(Role.ADMIN) && workshop == null ? this.workshops.organisations() : Map.of());
		model.addAttribute("countries", this.taxonomy.countries());
		model.addAttribute("careSettings", this.taxonomy.careSettings());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("areas",
				this.framework.latestPublished(locale.getLanguage()).map((v) -> v.areas()).orElse(List.of()));
		return "skills/workshop-edit";
	}

}
