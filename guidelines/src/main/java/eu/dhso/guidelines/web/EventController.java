package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormBinding;
import eu.dhso.core.web.PublicData;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.core.mail.Outbox;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.Registration;
import eu.dhso.guidelines.event.Event.EventView;
import eu.dhso.guidelines.text.Markdown;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public calendar of events and, for signed-in people, registration, cancellation and
 * feedback.
 */
@Controller
class EventController {

	private final EventCalendar events;

	private final Markdown markdown;

	private final PublicUrl publicUrl;

	EventController(EventCalendar events, Markdown markdown, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.events = events;
		this.markdown = markdown;
	}

	@GetMapping("/events")
	String calendar(Model model) {
		List<EventView> all = this.events.all();
		model.addAttribute("upcoming", all.stream().filter((e) -> !e.past()).toList());
		model.addAttribute("past", all.stream().filter(EventView::past).toList());
		return "guidelines/events";
	}

	@GetMapping("/events/{slug:[a-z0-9][a-z0-9-]+}")
	String event(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, Model model) {
		model.addAttribute("guest", GuestRegistrationForm.empty());
		return eventPage(user, slug, model);
	}

	private String eventPage(ObservatoryUser user, String slug, Model model) {
		EventView event = find(slug);
		model.addAttribute("event", event);
		model.addAttribute("agendaHtml", this.markdown.toSafeHtml(event.agenda()));
		model.addAttribute("registration",
				(user != null) ? this.events.registration(slug, user.getAccountId()).orElse(null) : null);
		model.addAttribute("rating", this.events.averageRating(slug).orElse(null));
		return "guidelines/event";
	}

	@GetMapping("/events/calendar.ics")
	ResponseEntity<String> icalendar() {
		return ics("observatory-events.ics", ICalendar.of(this.publicUrl.base(), this.events.all()));
	}

	@GetMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/ics")
	ResponseEntity<String> icalendar(@PathVariable String slug) {
		return ics(slug + ".ics", ICalendar.of(this.publicUrl.base(), List.of(find(slug))));
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

	/**
	 * A guest without an account: the same answer whatever the address, and a link to
	 * confirm sent to it.
	 */
	@PostMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/guest-registration")
	String registerGuest(@PathVariable String slug, @Valid @ModelAttribute("guest") GuestRegistrationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		find(slug);
		if (result.hasErrors()) {
			return eventPage(null, slug, model);
		}
		try {
			this.events.registerGuest(slug, new Registration.Guest(form.name().strip(), form.email().strip(),
					form.organisation().strip(), Outbox.requestLanguage().toLanguageTag()));
			redirect.addFlashAttribute("success", "guidelines.event.guest.checkMailbox");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "guidelines.event.closed");
		}
		return "redirect:/events/" + slug;
	}

	@GetMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/confirmation")
	String confirmation(@PathVariable String slug, @RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("event", find(slug));
		model.addAttribute("token", token);
		model.addAttribute("works", this.events.guestLinkWorks(slug, token));
		return "guidelines/event-confirmation";
	}

	@PostMapping("/events/{slug:[a-z0-9][a-z0-9-]+}/confirmation")
	String confirm(@PathVariable String slug, @Valid GuestConfirmationForm form, BindingResult result,
			RedirectAttributes redirect) {
		find(slug);
		FormBinding.requireWellFormed(result);
		var status = this.events.confirmGuest(slug, form.token());
		if (status.isEmpty()) {
			redirect.addFlashAttribute("error", "guidelines.event.guest.linkInvalid");
		}
		else {
			redirect.addFlashAttribute("success", "guidelines.event.registered." + status.get());
		}
		return "redirect:/events/" + slug;
	}

	/**
	 * A guest's cancellation link: the page names the event and asks before anything
	 * changes (mail scanners open links too).
	 */
	@GetMapping("/events/registrations/cancel")
	String guestCancellation(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("event", (token.length() <= 100) ? this.events.guestCancellation(token).orElse(null) : null);
		return "guidelines/event-cancellation";
	}

	@PostMapping("/events/registrations/cancel")
	String cancelGuest(@Valid GuestConfirmationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		Optional<EventView> event = this.events.cancelGuest(form.token());
		if (event.isEmpty()) {
			model.addAttribute("token", "");
			model.addAttribute("event", null);
			return "guidelines/event-cancellation";
		}
		redirect.addFlashAttribute("success", "guidelines.event.cancelled");
		return "redirect:/events/" + event.get().slug();
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
	String feedback(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid EventFeedbackForm form, BindingResult result, RedirectAttributes redirect) {
		find(slug);
		FormBinding.requireWellFormed(result);
		if (result.hasErrors() || !this.events.feedback(slug, user, form.rating(), Blank.toNull(form.text()))) {
			redirect.addFlashAttribute("error", "guidelines.event.feedback.refused");
		}
		else {
			redirect.addFlashAttribute("success", "guidelines.event.feedback.thanks");
		}
		return "redirect:/events/" + slug;
	}

	private EventView find(String slug) {
		return this.events.find(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static ResponseEntity<String> ics(String filename, String body) {
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
