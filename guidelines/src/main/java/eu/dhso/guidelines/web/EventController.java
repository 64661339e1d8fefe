package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.event.Events;
import eu.dhso.guidelines.event.Events.Event;
import eu.dhso.guidelines.text.Markdown;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public calendar of events and, for signed-in people, registration, cancellation and
 * feedback.
 */
@Controller
class EventController {

	private final Events events;

	private final Markdown markdown;

	EventController(Events events, Markdown markdown) {
		this.events = events;
		this.markdown = markdown;
	}

	@GetMapping("/events")
	String calendar(Model model) {
		List<Event> all = this.events.all();
		model.addAttribute("upcoming", all.stream().filter((e) -> !e.past()).toList());
		model.addAttribute("past", all.stream().filter(Event::past).toList());
		return "guidelines/events";
	}

	@GetMapping("/events/{slug:[a-z0-9][a-z0-9-]+}")
	String event(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, Model model) {
		Event event = find(slug);
		model.addAttribute("event", event);
		model.addAttribute("agendaHtml", this.markdown.toSafeHtml(event.agenda()));
		model.addAttribute("registration",
				(user != null) ? this.events.registration(slug, user.getAccountId()).orElse(null) : null);
		model.addAttribute("rating", this.events.averageRating(slug).orElse(null));
		return "guidelines/event";
	}

	@GetMapping("/events/calendar.ics")
	ResponseEntity<String> icalendar(HttpServletRequest request) {
		return ics("observatory-events.ics", ICalendar.of(base(request), this.events.all()));
	}

	@GetMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/ics")
	ResponseEntity<String> icalendar(@PathVariable String slug, HttpServletRequest request) {
		return ics(slug + ".ics", ICalendar.of(base(request), List.of(find(slug))));
	}

	@PostMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/registration")
	String register(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			RedirectAttributes redirect) {
		find(slug);
		try {
			var status = this.events.register(slug, user);
			redirect.addFlashAttribute("success", "guidelines.event.registered." + status);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "guidelines.event.closed");
		}
		return "redirect:/events/" + slug;
	}

	@PostMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/cancellation")
	String cancel(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			RedirectAttributes redirect) {
		find(slug);
		this.events.cancel(slug, user);
		redirect.addFlashAttribute("success", "guidelines.event.cancelled");
		return "redirect:/events/" + slug;
	}

	@PostMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/feedback")
	String feedback(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, @RequestParam int rating,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		find(slug);
		if (rating < 1 || rating > 5 || text.length() > 2000
				|| !this.events.feedback(slug, user, rating, Blank.toNull(text))) {
			redirect.addFlashAttribute("error", "guidelines.event.feedback.refused");
		}
		else {
			redirect.addFlashAttribute("success", "guidelines.event.feedback.thanks");
		}
		return "redirect:/events/" + slug;
	}

	private Event find(String slug) {
		return this.events.find(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	private static ResponseEntity<String> ics(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
