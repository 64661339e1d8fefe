package eu.dhso.skills.web;

import java.util.HashMap;
import java.util.Map;

import eu.dhso.skills.rater.IncompleteRatingException;
import eu.dhso.skills.rater.RaterService;
import eu.dhso.skills.rater.RaterService.RaterForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The page a rater opens from a link, without an account. An unknown, used or expired
 * link is simply not found.
 */
@Controller
class RaterController {

	private static final String LEVEL_PREFIX = "level-";

	private final RaterService raters;

	RaterController(RaterService raters) {
		this.raters = raters;
	}

	@GetMapping("/skills/rate/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("form", load(token));
		model.addAttribute("token", token);
		return "skills/rate";
	}

	@PostMapping("/skills/rate/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<Long, Integer> levels = levels(params);
		try {
			if (!this.raters.answer(token, levels)) {
				throw new ResponseStatusException(NOT_FOUND);
			}
		}
		catch (IncompleteRatingException ex) {
			model.addAttribute("form", load(token));
			model.addAttribute("token", token);
			model.addAttribute("levels", levels);
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

	private RaterForm load(String token) {
		return this.raters.form(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
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
