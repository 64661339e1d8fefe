package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.Event.EventView;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.StaleEventException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Administrators plan events and record who attended. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EventAdminController {

	private final EventCalendar events;

	EventAdminController(EventCalendar events) {
		this.events = events;
	}

	@GetMapping("/events/manage")
	String list(Model model) {
		model.addAttribute("eventForm", EventForm.empty());
		return page(model);
	}

	@PostMapping("/events/manage")
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute EventForm eventForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("slug") && (eventForm.slug() == null || "manage".equals(eventForm.slug())
				|| this.events.exists(eventForm.slug()))) {
			result.rejectValue("slug", "guidelines.form.slug.taken");
		}
		if (!result.hasFieldErrors("endsAt") && eventForm.endsBeforeItStarts()) {
			result.rejectValue("endsAt", "guidelines.event.endsBeforeStart");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		this.events.create(eventForm.toNewEvent(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.event.created");
		return "redirect:/events/manage/" + eventForm.slug();
	}

	@GetMapping("/events/manage/{slug:[a-z0-9][a-z0-9-]+}/edit")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("eventForm", EventForm.of(find(slug)));
		return editPage(slug, model);
	}

	@PostMapping("/events/manage/{slug:[a-z0-9][a-z0-9-]+}/edit")
	String replan(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid @ModelAttribute EventForm eventForm, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		find(slug);
		if (!result.hasFieldErrors("endsAt") && eventForm.endsBeforeItStarts()) {
			result.rejectValue("endsAt", "guidelines.event.endsBeforeStart");
		}
		if (result.hasErrors()) {
			return editPage(slug, model);
		}
		try {
			this.events.replan(slug, eventForm.toNewEvent(slug), eventForm.expectedVersion(), user.getUsername());
		}
		catch (StaleEventException | OptimisticLockingFailureException ex) {
			// keep what the admin typed; saving again overwrites deliberately
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.event.stale");
			model.addAttribute("eventForm", eventForm.withVersion(find(slug).version()));
			return editPage(slug, model);
		}
		redirect.addFlashAttribute("success", "guidelines.event.replanned");
		return "redirect:/events/manage/" + slug;
	}

	@GetMapping("/events/manage/{slug:[a-z0-9][a-z0-9-]+}")
	String registrations(@PathVariable String slug, Model model) {
		model.addAttribute("event", this.events.find(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("registrations", this.events.registrations(slug));
		return "guidelines/event-registrations";
	}

	@PostMapping("/events/manage/{slug:[a-z0-9][a-z0-9-]+}/attendance/{id:\\d+}")
	String attendance(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, @PathVariable long id,
			@RequestParam boolean attended, RedirectAttributes redirect) {
		try {
			this.events.markAttendance(slug, id, attended, user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.event.attendanceSaved");
		return "redirect:/events/manage/" + slug;
	}

	private EventView find(String slug) {
		return this.events.find(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String editPage(String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("kinds", EventKind.values());
		return "guidelines/event-edit";
	}

	private String page(Model model) {
		model.addAttribute("events", this.events.all());
		model.addAttribute("kinds", EventKind.values());
		return "guidelines/events-manage";
	}

}
