package eu.dhso.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.cases.workflow.StaleCaseException;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormRows;
import eu.dhso.core.web.KeptFormInput;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The multi-step case form. Each step posts to its own URL and saves the draft; a
 * validation error or a stale edit shows the step again with everything the partner
 * typed.
 */
@Controller
@RequestMapping("/cases/my")
@PreAuthorize("hasRole('PARTNER')")
class CaseFormController {

	private final CaseDrafts drafts;

	private final CaseFormRules rules;

	private final CaseFormModel formModel;

	private final CompetenceIndex competences;

	private final SmartValidator validator;

	private final ConversionService conversionService;

	CaseFormController(CaseDrafts drafts, CaseFormRules rules, CaseFormModel formModel, CompetenceIndex competences,
			SmartValidator validator, @Qualifier("mvcConversionService") ConversionService conversionService) {
		this.drafts = drafts;
		this.rules = rules;
		this.formModel = formModel;
		this.competences = competences;
		this.validator = validator;
		this.conversionService = conversionService;
	}

	@InitBinder("caseForm")
	void allowedFields(WebDataBinder binder) {
		allowFormFields(binder);
	}

	private static void allowFormFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "title", "summary", "countryCode", "careSetting", "periodStart", "periodEnd",
				"stage", "technologies", "professions", "problem", "solution", "outcomes", "barriers", "enablers",
				"lessonsLearned", "indicators*", "skills*", "training*", "interviewees*", "interviewDate",
				"interviewer", "consentReference", "consentScope", "referenceLinks");
	}

	@GetMapping("/new")
	String newCase(@AuthenticationPrincipal ObservatoryUser partner, Model model) {
		CaseForm form = new CaseForm();
		form.setCountryCode(this.drafts.homeCountry(partner));
		model.addAttribute("caseForm", form);
		return this.formModel.stepView(model, CaseStep.BASICS, null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal ObservatoryUser partner, @ModelAttribute("caseForm") CaseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		validate(CaseStep.BASICS, form, result);
		if (result.hasErrors()) {
			return this.formModel.stepView(model, CaseStep.BASICS, null);
		}
		InterviewCase created = this.drafts.start(partner, form.getTitle().strip(),
				this.rules.changes(CaseStep.BASICS, form));
		redirect.addFlashAttribute("success", "cases.draftSaved");
		return "redirect:/cases/my/" + created.getId() + "/edit/" + CaseStep.CONTEXT.getPath();
	}

	@GetMapping("/{id}/edit/{path}")
	String edit(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id, @PathVariable String path,
			@RequestParam(required = false) Integer rows, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		CaseStep step = step(path);
		InterviewCase found = this.drafts.load(id, partner);
		if (!found.getStatus().isEditableByPartner()) {
			redirect.addFlashAttribute("error", "cases.edit.locked");
			return "redirect:/cases/my/" + id;
		}
		CaseForm form = CaseForm.of(found);
		// after "add a row": the rows the partner had plus one, never fewer than saved
		// plus one
		form = (rows != null) ? form.withRows(step, Math.max(rows, form.rows(step) + 1)) : form.withBlankRows();
		// the step was posted after the session had ended: show what was typed, unsaved
		Optional<CaseForm> restored = KeptFormInput.take(request).flatMap((values) -> restore(found, values));
		if (restored.isPresent()) {
			form = restored.get();
			model.addAttribute("restored", true);
		}
		model.addAttribute("caseForm", form);
		comments(found, step, model);
		return this.formModel.stepView(model, step, id);
	}

	/**
	 * The saved case with the kept values over it; none when they name a row no form has
	 * (the post would have been refused too), so the saved values show instead.
	 */
	private Optional<CaseForm> restore(InterviewCase found, Map<String, String[]> values) {
		CaseForm form = CaseForm.of(found).withBlankRows();
		WebDataBinder binder = new WebDataBinder(form, "caseForm");
		allowFormFields(binder);
		FormRows.bound(binder);
		binder.setConversionService(this.conversionService);
		try {
			binder.bind(new MutablePropertyValues(values));
			return Optional.of(form);
		}
		catch (InvalidPropertyException ex) {
			return Optional.empty();
		}
	}

	@PostMapping("/{id}/edit/{path}")
	String save(@AuthenticationPrincipal ObservatoryUser partner, @PathVariable Long id, @PathVariable String path,
			@ModelAttribute("caseForm") CaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CaseStep step = step(path);
		validate(step, form, result);
		if (result.hasErrors()) {
			comments(this.drafts.load(id, partner), step, model);
			return this.formModel.stepView(model, step, id);
		}
		CaseDrafts.Edit edit;
		try {
			edit = this.drafts.edit(id, partner, form.getVersion(), this.rules.changes(step, form));
		}
		catch (StaleCaseException ex) {
			return staleEdit(partner, id, step, form, ex, model, response);
		}
		redirect.addFlashAttribute("success",
				edit.consentNarrowed().isPresent() ? "cases.consentNarrowed.saved" : "cases.draftSaved");
		if ("addRow".equals(action) && form.rows(step) > 0) {
			// saved, and back with one row more than the partner had (blank rows are not
			// saved)
			return "redirect:/cases/my/" + id + "/edit/" + step.getPath() + "?rows="
					+ Math.min(form.rows(step) + 1, FormRows.MAX);
		}
		if ("next".equals(action)) {
			return step.next()
				.map((next) -> "redirect:/cases/my/" + id + "/edit/" + next.getPath())
				// after the last step, the case's attachments
				.orElse("redirect:/cases/my/" + id + "/attachments");
		}
		return "redirect:/cases/my/" + id + "/edit/" + step.getPath();
	}

	/**
	 * Someone saved the case meanwhile: answer 409 with the partner's input kept and the
	 * values now saved for this step beside it. Saving again overwrites them
	 * deliberately.
	 */
	private String staleEdit(ObservatoryUser partner, Long id, CaseStep step, CaseForm form, StaleCaseException ex,
			Model model, HttpServletResponse response) {
		Map<String, String> saved = this.drafts.load(id, partner).snapshot(this.competences.codes());
		Map<String, String> current = new LinkedHashMap<>();
		step.getFields().forEach((field) -> current.put(field, saved.get(field)));
		form.setVersion(ex.getCurrentVersion());
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("error", "cases.edit.stale");
		model.addAttribute("savedValues", current);
		return this.formModel.stepView(model, step, id);
	}

	/**
	 * The editor's open comments: text areas show theirs inline, the other fields' are
	 * listed above the step.
	 */
	private static void comments(InterviewCase found, CaseStep step, Model model) {
		Map<String, String> all = found.openFieldComments();
		Map<String, String> listed = new LinkedHashMap<>();
		all.forEach((field, note) -> {
			if (step.getFields().contains(field) && !CaseStep.TEXT_AREAS.contains(field)) {
				listed.put(field, note);
			}
		});
		model.addAttribute("fieldComments", all);
		model.addAttribute("stepComments", listed);
	}

	private void validate(CaseStep step, CaseForm form, BindingResult result) {
		this.validator.validate(form, result, step.validationGroup());
		this.rules.check(step, form, result);
	}

	private static CaseStep step(String path) {
		return CaseStep.of(path).orElseThrow(() -> new StepNotFoundException(path));
	}

}
