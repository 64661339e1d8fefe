package eu.dhso.skills.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.FrameworkAdministration.VersionDetail;
import eu.dhso.core.framework.PublishedVersionException;
import eu.dhso.core.framework.VersionNotFoundException;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.ItemKind;
import eu.dhso.skills.assessment.ItemOption;
import eu.dhso.skills.framework.FrameworkManagement;
import eu.dhso.skills.framework.InstrumentItems;
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

/** The instrument of a framework version: listed always, edited while it is a draft. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InstrumentItemController {

	private final InstrumentItems items;

	private final FrameworkManagement management;

	InstrumentItemController(InstrumentItems items, FrameworkManagement management) {
		this.items = items;
		this.management = management;
	}

	@InitBinder("itemForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("competence", "code", "prompt", "options*", "correct");
	}

	@GetMapping("/skills/admin/framework/{id}/items")
	String list(@PathVariable Long id, Model model) {
		model.addAttribute("version", version(id));
		model.addAttribute("items", this.items.items(id));
		return "skills/items";
	}

	@GetMapping({ "/skills/admin/framework/{id}/items/new", "/skills/admin/framework/{id}/items/{itemId}" })
	String edit(@PathVariable Long id, @PathVariable(required = false) Long itemId, Model model) {
		VersionDetail version = draft(id);
		ItemForm form = new ItemForm();
		AssessmentItem item = null;
		if (itemId != null) {
			item = item(id, itemId);
			form.setCompetence(item.getCompetenceId());
			form.setCode(item.getCode());
			form.setPrompt(item.getPrompt());
			List<String> options = new ArrayList<>(item.getOptions().stream().map(ItemOption::getText).toList());
			while (options.size() < InstrumentItems.OPTIONS) {
				options.add("");
			}
			form.setOptions(options);
			form.setCorrect(Math.max(1, item.correctPosition()));
		}
		model.addAttribute("itemForm", form);
		return form(version, item, model);
	}

	@PostMapping({ "/skills/admin/framework/{id}/items/new", "/skills/admin/framework/{id}/items/{itemId}" })
	String save(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@PathVariable(required = false) Long itemId, @Valid @ModelAttribute("itemForm") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VersionDetail version = draft(id);
		AssessmentItem item = (itemId != null) ? item(id, itemId) : null;
		if (item != null && item.getKind() == ItemKind.SELF_RATING) {
			if (result.hasFieldErrors("prompt")) {
				return form(version, item, model);
			}
			this.items.rewordSelfRating(id, itemId, form.getPrompt().strip(), admin.getUsername());
		}
		else {
			boolean competenceInVersion = version.areas()
				.stream()
				.flatMap((a) -> a.competences().stream())
				.anyMatch((c) -> c.id().equals(form.getCompetence()));
			if (!competenceInVersion) {
				result.rejectValue("competence", "skills.items.error.competence");
			}
			if (!InstrumentItems.validCode(form.getCode())) {
				result.rejectValue("code", "skills.items.error.code");
			}
			else if (this.items.codeTaken(id, form.getCode(), itemId)) {
				result.rejectValue("code", "skills.framework.error.codeTaken");
			}
			if (form.getOptions() == null || form.getOptions().size() != InstrumentItems.OPTIONS
					|| form.getOptions().stream().anyMatch((o) -> o == null || o.isBlank() || o.length() > 1000)) {
				result.reject("skills.items.error.options");
			}
			if (result.hasErrors()) {
				return form(version, item, model);
			}
			this.items.saveKnowledgeItem(id, itemId, form.getCompetence(), form.getCode(), form.getPrompt().strip(),
					form.getOptions(), form.getCorrect(), admin.getUsername());
		}
		redirect.addFlashAttribute("success", "skills.items.saved");
		return "redirect:/skills/admin/framework/" + id + "/items";
	}

	private VersionDetail version(Long id) {
		return this.management.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private VersionDetail draft(Long id) {
		VersionDetail version = version(id);
		if (!version.draft()) {
			throw new PublishedVersionException(id);
		}
		return version;
	}

	private AssessmentItem item(Long id, Long itemId) {
		return this.items.item(id, itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(VersionDetail version, AssessmentItem item, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("item", item);
		return "skills/item-edit";
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
