package eu.dhso.skills.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.skills.assessment.AssessmentNotFoundException;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.SelfAssessmentTaking.AreaPage;
import eu.dhso.skills.assessment.SelfAssessmentTaking.Review;
import eu.dhso.skills.assessment.LearningAdvice;
import eu.dhso.skills.assessment.ResultPdf;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One attempt, answered area by area, reviewed, submitted and read as a result. Open to
 * any signed-in person, because the service only ever finds the person's own attempts:
 * anyone else, administrators included, gets 404.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AttemptController {

	private static final String ITEM_PREFIX = "item-";

	private final SelfAssessmentTaking assessments;

	private final LearningAdvice advice;

	private final ResultPdf pdf;

	AttemptController(SelfAssessmentTaking assessments, LearningAdvice advice, ResultPdf pdf) {
		this.assessments = assessments;
		this.advice = advice;
		this.pdf = pdf;
	}

	/**
	 * Resumes where the person stopped: the first area with open items, or the review.
	 */
	@GetMapping("/skills/assessments/{id}")
	String resume(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id) {
		Review review = review(user, id);
		if (review.attempt().submitted()) {
			return "redirect:/skills/assessments/" + id + "/result";
		}
		return review.progress()
			.areas()
			.stream()
			.filter((a) -> !a.complete())
			.findFirst()
			.map((a) -> "redirect:/skills/assessments/" + id + "/areas/" + a.code())
			.orElse("redirect:/skills/assessments/" + id + "/review");
	}

	@GetMapping("/skills/assessments/{id}/areas/{area}")
	String area(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, @PathVariable String area,
			Model model) {
		AreaPage page = this.assessments.area(id, user.getAccountId(), area)
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		if (page.attempt().submitted()) {
			return "redirect:/skills/assessments/" + id + "/result";
		}
		model.addAttribute("page", page);
		return "skills/area";
	}

	@PostMapping("/skills/assessments/{id}/areas/{area}")
	String answer(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, @PathVariable String area,
			@Valid AreaAnswerForm form, BindingResult result, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		// an unknown destination goes on to the next area, as it always has
		String action = result.hasErrors() ? "next" : form.action();
		this.assessments.answer(id, user.getAccountId(), area, choices(params));
		Review review = review(user, id);
		String base = "redirect:/skills/assessments/" + id;
		return switch (action) {
			case "stop" -> {
				redirect.addFlashAttribute("success", "skills.attempt.stopped");
				yield "redirect:/skills/assessments";
			}
			case "previous" -> {
				String previous = review.progress().previous(area);
				yield base + ((previous != null) ? "/areas/" + previous : "/areas/" + area);
			}
			case "review" -> base + "/review";
			default -> {
				String next = review.progress().next(area);
				yield base + ((next != null) ? "/areas/" + next : "/review");
			}
		};
	}

	@GetMapping("/skills/assessments/{id}/review")
	String showReview(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, Model model) {
		Review review = review(user, id);
		if (review.attempt().submitted()) {
			return "redirect:/skills/assessments/" + id + "/result";
		}
		model.addAttribute("review", review);
		return "skills/review";
	}

	@PostMapping("/skills/assessments/{id}/submit")
	String submit(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, RedirectAttributes redirect) {
		if (!this.assessments.submit(id, user.getAccountId())) {
			redirect.addFlashAttribute("error", "skills.review.incomplete");
			return "redirect:/skills/assessments/" + id + "/review";
		}
		redirect.addFlashAttribute("success", "skills.review.submitted");
		return "redirect:/skills/assessments/" + id + "/result";
	}

	@GetMapping("/skills/assessments/{id}/result")
	String result(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, Model model) {
		var personal = this.assessments.result(id, user.getAccountId())
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		model.addAttribute("personal", personal);
		model.addAttribute("advice", this.advice.forLargestGaps(personal));
		return "skills/result";
	}

	@GetMapping("/skills/assessments/{id}/result.pdf")
	ResponseEntity<byte[]> resultPdf(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			Locale locale) {
		var personal = this.assessments.result(id, user.getAccountId())
			.orElseThrow(() -> new AssessmentNotFoundException(id));
		byte[] pdf = this.pdf.render(personal, this.advice.forLargestGaps(personal), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("self-assessment-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private Review review(ObservatoryUser user, Long id) {
		return this.assessments.review(id, user.getAccountId()).orElseThrow(() -> new AssessmentNotFoundException(id));
	}

	/** Only {@code item-<id>=<1..4>} parameters count; anything else is ignored. */
	static Map<Long, Integer> choices(MultiValueMap<String, String> params) {
		Map<Long, Integer> choices = new HashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(ITEM_PREFIX) && values.size() == 1) {
				try {
					int choice = Integer.parseInt(values.get(0));
					if (choice >= 1 && choice <= 4) {
						choices.put(Long.valueOf(name.substring(ITEM_PREFIX.length())), choice);
					}
				}
				catch (NumberFormatException ex) {
					// A tampered field is ignored like any other unknown parameter.
				}
			}
		});
		return choices;
	}

}
