package eu.dhso.skills.web;

import java.util.HashMap;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.skills.rater.IncompleteRatingException;
import eu.dhso.skills.rater.OwnRaterLinkException;
import eu.dhso.skills.rater.RaterOrigin;
import eu.dhso.skills.rater.RaterFeedback;
import eu.dhso.skills.rater.RaterFeedback.RaterForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The page a rater opens from a link, without an account. An unknown, used or expired
 * link is simply not found; the professional's own link is refused while they are signed
 * in.
 */
@Controller
class RaterController {

	private static final String LEVEL_PREFIX = "level-";

	private final RaterFeedback raters;

	RaterController(RaterFeedback raters) {
		this.raters = raters;
	}

	@GetMapping("/skills/rate/{token}")
	String form(@PathVariable String token, @AuthenticationPrincipal ObservatoryUser user, HttpServletRequest request,
			Model model) {
		model.addAttribute("form", load(token, origin(user, request)));
		model.addAttribute("token", token);
		model.addAttribute("minRaters", this.raters.minRaters());
		return "skills/rate";
	}

	@PostMapping("/skills/rate/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal ObservatoryUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<Long, Integer> levels = levels(params);
		RaterOrigin origin = origin(user, request);
		try {
			if (!this.raters.answer(token, levels, origin)) {
				throw new ResponseStatusException(NOT_FOUND);
			}
		}
		catch (IncompleteRatingException ex) {
			model.addAttribute("form", load(token, origin));
			model.addAttribute("token", token);
			model.addAttribute("levels", levels);
			model.addAttribute("minRaters", this.raters.minRaters());
			model.addAttribute("error", "skills.rate.incomplete");
			return "skills/rate";
		}
		redirect.addFlashAttribute("success", "skills.rate.thanks");
		return "redirect:/skills/rate/thanks";
	}

	@GetMapping("/skills/rate/thanks")
	String thanks() {
		return "skills/rate-thanks";
	}

	@ExceptionHandler(OwnRaterLinkException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String ownLink() {
		return "skills/rate-own";
	}

	private RaterForm load(String token, RaterOrigin origin) {
		return this.raters.form(token, origin).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	static RaterOrigin origin(ObservatoryUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return new RaterOrigin((user != null) ? user.getAccountId() : null, (session != null) ? session.getId() : null,
				request.getRemoteAddr());
	}

	private static Map<Long, Integer> levels(MultiValueMap<String, String> params) {
		Map<Long, Integer> levels = new HashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(LEVEL_PREFIX) && values.size() == 1) {
				try {
					int level = Integer.parseInt(values.get(0));
					if (level >= 1 && level <= 4) {
						levels.put(Long.valueOf(name.substring(LEVEL_PREFIX.length())), level);
					}
				}
				catch (NumberFormatException ex) {
					// A tampered field counts as unanswered.
				}
			}
		});
		return levels;
	}

}
