package eu.dhso.guidelines.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.event.Events;
import eu.dhso.guidelines.event.Events.EventKind;
import eu.dhso.guidelines.event.Events.NewEvent;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	private final Events events;

	EventAdminController(Events events) {
		this.events = events;
	}

	@GetMapping("/events/manage")
	String list(Model model) {
		model.addAttribute("events", this.events.all());
		model.addAttribute("kinds", EventKind.values());
		return "guidelines/events-manage";
	}

	@PostMapping("/events/manage")
	String create(@AuthenticationPrincipal ObservatoryUser user, @RequestParam String slug, @RequestParam String title,
			@RequestParam EventKind kind, @RequestParam(defaultValue = "") String country,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String onlineLink,
			@RequestParam(defaultValue = "") String agenda, @RequestParam int capacity, RedirectAttributes redirect) {
		boolean valid = slug.matches("[a-z0-9][a-z0-9-]{2,79}") && !slug.equals("manage") && !title.isBlank()
				&& title.length() <= 300 && endsAt.isAfter(startsAt) && capacity > 0 && country.matches("([A-Z]{2})?")
				&& (onlineLink.isEmpty() || onlineLink.matches("https://\\S{4,290}")) && place.length() <= 300
				&& !this.events.exists(slug);
		if (!valid) {
			redirect.addFlashAttribute("error", "guidelines.event.invalid");
			return "redirect:/events/manage";
		}
		this.events.create(new NewEvent(slug, title.strip(), kind, country.isEmpty() ? null : country,
				startsAt.toInstant(ZoneOffset.UTC), endsAt.toInstant(ZoneOffset.UTC), Blank.toNull(place),
				onlineLink.isEmpty() ? null : onlineLink, Blank.toNull(agenda), capacity), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.event.created");
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

}
