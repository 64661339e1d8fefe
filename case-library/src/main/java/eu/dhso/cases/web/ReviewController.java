package eu.dhso.cases.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import eu.dhso.core.text.Blank;
import eu.dhso.cases.domain.CaseRevision;
import eu.dhso.cases.domain.CaseStatus;
import eu.dhso.cases.domain.Criterion;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.IllegalCaseTransitionException;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.workflow.CaseAttachments;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.cases.workflow.ConsentNotices;
import eu.dhso.cases.workflow.StaleCaseException;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormBinding;
import eu.dhso.core.taxonomy.CountryNames;
import eu.dhso.core.web.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
 * Editors' side: the review queue, a case under review, its revisions, and every workflow
 * action.
 */
@Controller
@RequestMapping("/cases/review")
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ReviewController {

	/**
	 * Request parameters of per-field comments: this prefix and the field's message key.
	 */
	static final String FIELD_COMMENT = "field.";

	private final CaseReview review;

	private final CompetenceIndex competences;

	private final CaseAttachments attachments;

	private final ConsentNotices consentNotices;

	private final CountryNames countryNames;

	private final MessageSource messages;

	ReviewController(CaseReview review, CompetenceIndex competences, CaseAttachments attachments,
			ConsentNotices consentNotices, CountryNames countryNames, MessageSource messages) {
		this.countryNames = countryNames;
		this.messages = messages;
		this.review = review;
		this.competences = competences;
		this.attachments = attachments;
		this.consentNotices = consentNotices;
	}

	@InitBinder("assessment")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("scores*");
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cases", this.review.queue(new Paging(page, 20).pageRequest()));
		// editors learn here that narrowed consent already changed a public copy
		model.addAttribute("consentNotices", this.consentNotices.recent(20));
		return "cases/review/queue";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id, Model model) {
		InterviewCase found = this.review.load(id, editor);
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", assessmentOf(found));
		}
		return caseView(editor, found, model);
	}

	@GetMapping("/{id}/diff")
	String diff(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id, @RequestParam int from,
			@RequestParam int to, Model model) {
		InterviewCase found = this.review.load(id, editor);
		Map<Integer, CaseRevision> revisions = found.getRevisions()
			.stream()
			.collect(Collectors.toMap(CaseRevision::getNumber, (r) -> r));
		if (!revisions.containsKey(from) || !revisions.containsKey(to)) {
			throw new StepNotFoundException("revision");
		}
		model.addAttribute("interviewCase", found);
		model.addAttribute("diff",
				RevisionDiff.between(from, revisions.get(from).getSnapshot(), to, revisions.get(to).getSnapshot()));
		return "cases/review/diff";
	}

	@PostMapping("/{id}/start")
	String start(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "cases.review.started", () -> this.review.startReview(id, editor));
	}

	@PostMapping("/{id}/request-changes")
	String requestChanges(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id,
			@Valid ChangeRequestForm form, BindingResult result, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		String comment = form.comment();
		Map<String, String> perField = new java.util.LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(FIELD_COMMENT) && !value.isBlank()) {
				perField.put(name.substring(FIELD_COMMENT.length()), value.strip());
			}
		});
		boolean tooLong = result.hasErrors() || perField.values().stream().anyMatch((v) -> v.length() > 2000);
		if ((comment.isBlank() && perField.isEmpty()) || tooLong) {
			redirect.addFlashAttribute("error", "cases.review.commentNeeded");
			return "redirect:/cases/review/" + id;
		}
		try {
			return act(id, redirect, "cases.review.changesRequested",
					() -> this.review.requestChanges(id, editor, comment.strip(), perField));
		}
		catch (IllegalArgumentException ex) {
			// a field name that is not one of the case's
			redirect.addFlashAttribute("error", "cases.review.commentNeeded");
			return "redirect:/cases/review/" + id;
		}
	}

	@PostMapping("/{id}/organisation")
	String relocate(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id, @Valid RelocationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "cases.relocate.invalid");
			return "redirect:/cases/review/" + id;
		}
		try {
			this.review.relocate(id, editor, form.version(), form.organisationId(), form.countryCode());
		}
		catch (StaleCaseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "cases.relocate.stale");
			InterviewCase found = this.review.load(id, editor);
			model.addAttribute("assessment", assessmentOf(found));
			return caseView(editor, found, model);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "cases.relocate.invalid");
			return "redirect:/cases/review/" + id;
		}
		catch (IllegalCaseTransitionException ex) {
			redirect.addFlashAttribute("error", "cases.action.refused");
			return "redirect:/cases/review/" + id;
		}
		redirect.addFlashAttribute("success", "cases.relocate.saved");
		return "redirect:/cases/review/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id,
			RedirectAttributes redirect) {
		return act(id, redirect, "cases.review.approved", () -> this.review.approve(id, editor));
	}

	@PostMapping("/{id}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id,
			RedirectAttributes redirect) {
		return act(id, redirect, "cases.review.published", () -> this.review.publish(id, editor));
	}

	@PostMapping("/{id}/archive")
	String archive(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "cases.review.archived", () -> this.review.archive(id, editor, Blank.toNull(reason)));
	}

	@PostMapping("/{id}/assessment")
	String assess(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable Long id,
			@Valid @ModelAttribute("assessment") AssessmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Set<String> required = this.review.criteria().stream().map(Criterion::getCode).collect(Collectors.toSet());
		Set<String> given = form.getScores()
			.stream()
			.map(AssessmentForm.Row::getCriterionCode)
			.collect(Collectors.toSet());
		if (!given.equals(required)) {
			result.reject("cases.assessment.incomplete");
		}
		if (result.hasErrors()) {
			model.addAttribute("error", "cases.assessment.invalid");
			return caseView(editor, this.review.load(id, editor), model);
		}
		List<CriterionScore> scores = form.getScores()
			.stream()
			.map((row) -> new CriterionScore(row.getCriterionCode(), row.getScore(), row.getJustification().strip()))
			.toList();
		return act(id, redirect, "cases.assessment.saved", () -> this.review.assess(id, editor, scores));
	}

	private String act(Long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (IllegalCaseTransitionException ex) {
			redirect.addFlashAttribute("error", "cases.action.refused");
		}
		return "redirect:/cases/review/" + id;
	}

	private String caseView(ObservatoryUser editor, InterviewCase found, Model model) {
		model.addAttribute("interviewCase", found);
		model.addAttribute("attachments", this.attachments.of(found.getId(), editor));
		model.addAttribute("organisationName", this.review.organisationName(found));
		Map<String, String> fields = ShownFields.of(found, found.snapshot(this.competences.codes()), this.competences,
				this.countryNames, this.messages, LocaleContextHolder.getLocale());
		// the review page shows the country above, with the organisation
		fields.remove("cases.field.country");
		model.addAttribute("fields", fields);
		model.addAttribute("criteria", this.review.criteria());
		model.addAttribute("organisations", this.review.organisations());
		model.addAttribute("countries", this.review.countries());
		model.addAttribute("relocatable", found.getStatus() != CaseStatus.PUBLISHED
				&& found.getStatus() != CaseStatus.ARCHIVED && found.getStatus() != CaseStatus.WITHDRAWN);
		model.addAttribute("assessable",
				found.getStatus() == CaseStatus.IN_REVIEW || found.getStatus() == CaseStatus.APPROVED);
		return "cases/review/case";
	}

	private AssessmentForm assessmentOf(InterviewCase found) {
		Map<String, CriterionScore> existing = found.getScores()
			.stream()
			.collect(Collectors.toMap(CriterionScore::criterionCode, (s) -> s));
		AssessmentForm form = new AssessmentForm();
		for (Criterion criterion : this.review.criteria()) {
			CriterionScore score = existing.get(criterion.getCode());
			form.getScores()
				.add(new AssessmentForm.Row(criterion.getCode(), (score != null) ? score.score() : null,
						(score != null) ? score.justification() : null));
		}
		return form;
	}

}
