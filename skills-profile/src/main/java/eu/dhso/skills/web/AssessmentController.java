package eu.dhso.skills.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.Choices;
import eu.dhso.core.web.Choices.Choice;
import eu.dhso.core.verification.VerifiedCompetenceSource;
import eu.dhso.core.verification.VerifiedCompetenceSource.VerifiedCompetence;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.SelfAssessmentTaking.AttemptSummary;
import eu.dhso.skills.assessment.SelfAssessmentTaking.Overview;
import eu.dhso.skills.assessment.ExperienceBand;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A health professional's own self-assessments: the history and starting a new attempt.
 */
@Controller
@PreAuthorize("hasRole('PROFESSIONAL')")
class AssessmentController {

	private static final List<Choice> EXPERIENCE_BANDS = Arrays.stream(ExperienceBand.values())
		.map((band) -> Choice.keyed(band, "skills.experience." + band))
		.toList();

	private final SelfAssessmentTaking assessments;

	private final Taxonomy taxonomy;

	private final ObjectProvider<VerifiedCompetenceSource> verified;

	AssessmentController(SelfAssessmentTaking assessments, Taxonomy taxonomy,
			ObjectProvider<VerifiedCompetenceSource> verified) {
		this.assessments = assessments;
		this.taxonomy = taxonomy;
		this.verified = verified;
	}

	@InitBinder("startForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("profession", "country", "careSetting", "experience");
	}

	@GetMapping("/skills/assessments")
	String mine(@AuthenticationPrincipal ObservatoryUser user, Model model, Locale locale) {
		model.addAttribute("startForm", new StartForm());
		return page(user, model, locale);
	}

	@PostMapping("/skills/assessments")
	String start(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute("startForm") StartForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.getProfession() != null && !this.taxonomy.isProfession(form.getProfession())) {
			result.rejectValue("profession", "skills.start.unknown");
		}
		if (form.getCountry() != null && !this.taxonomy.isCountry(form.getCountry())) {
			result.rejectValue("country", "skills.start.unknown");
		}
		if (form.getCareSetting() != null && !this.taxonomy.isCareSetting(form.getCareSetting())) {
			result.rejectValue("careSetting", "skills.start.unknown");
		}
		if (result.hasErrors()) {
			return page(user, model, locale);
		}
		// One attempt at a time: a second start would leave the first open forever.
		Optional<AttemptSummary> open = openAttempt(user);
		if (open.isPresent()) {
			redirect.addFlashAttribute("success", "skills.start.openExists");
			return "redirect:/skills/assessments/" + open.get().id();
		}
		Long id = this.assessments.start(user.getAccountId(),
				new Respondent(form.getProfession(), form.getCountry(), form.getCareSetting(), form.getExperience()));
		redirect.addFlashAttribute("success", "skills.start.started");
		return "redirect:/skills/assessments/" + id;
	}

	private String page(ObservatoryUser user, Model model, Locale locale) {
		Overview overview = this.assessments.overview(user.getAccountId(), this.verified.orderedStream().toList());
		List<AttemptSummary> history = overview.history();
		model.addAttribute("history", history);
		model.addAttribute("openAttempt", history.stream().filter((a) -> !a.submitted()).findFirst().orElse(null));
		model.addAttribute("available", overview.available());
		model.addAttribute("professions", Choices.terms(this.taxonomy.professions()));
		model.addAttribute("countries", Choices.countries(this.taxonomy.countries(), locale));
		model.addAttribute("careSettings", Choices.terms(this.taxonomy.careSettings()));
		model.addAttribute("experienceBands", EXPERIENCE_BANDS);
		model.addAttribute("verified", verifiedLevels(overview.verified(), overview.published()));
		return "skills/assessments";
	}

	/**
	 * Levels someone else confirmed (a mentor signing off work-based learning), from
	 * whichever module records them, with the competence's title.
	 */
	private List<VerifiedLevel> verifiedLevels(List<VerifiedCompetence> levels, Optional<FrameworkView> published) {
		if (levels.isEmpty()) {
			return List.of();
		}
		Map<String, String> titles = new HashMap<>();
		published.ifPresent(
				(f) -> f.areas().forEach((a) -> a.competences().forEach((c) -> titles.put(c.code(), c.title()))));
		return levels.stream()
			.map((v) -> new VerifiedLevel(v.competenceCode(), titles.getOrDefault(v.competenceCode(), ""), v.level(),
					v.verifierName(), v.verifiedOn()))
			.toList();
	}

	/** A mentor-verified level as the page shows it. */
	record VerifiedLevel(String code, String title, int level, String verifier, LocalDate verifiedOn) {
	}

	private Optional<AttemptSummary> openAttempt(ObservatoryUser user) {
		return this.assessments.history(user.getAccountId()).stream().filter((a) -> !a.submitted()).findFirst();
	}

}
