package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.FormBinding;
import eu.dhso.guidelines.governance.CommitteeNotFoundException;
import eu.dhso.guidelines.governance.CommitteeRole;
import eu.dhso.guidelines.governance.Governance;
import eu.dhso.guidelines.governance.Region;
import jakarta.validation.Valid;

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

/**
 * Administrators keep the steering committees' records: committees, members, meetings and
 * decisions, and publish decisions and minutes (both irreversible, so confirmed).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GovernanceAdminController {

	private static final String BASE = "/observatory/manage/governance";

	private final Governance governance;

	private final Taxonomy taxonomy;

	GovernanceAdminController(Governance governance, Taxonomy taxonomy) {
		this.governance = governance;
		this.taxonomy = taxonomy;
	}

	@GetMapping(BASE)
	String committees(Model model) {
		model.addAttribute("committeeForm", CommitteeForm.empty());
		return list(model);
	}

	@PostMapping(BASE)
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute CommitteeForm committeeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (!result.hasFieldErrors("country") && !this.taxonomy.isCountry(committeeForm.country())) {
			result.rejectValue("country", "guidelines.governance.country.invalid");
		}
		if (result.hasErrors()) {
			return list(model);
		}
		long id = this.governance.create(new Region(committeeForm.country(), committeeForm.region()),
				committeeForm.name().strip(), committeeForm.mandate().strip(), user.getUsername());
		redirect.addFlashAttribute("success", "guidelines.governance.created");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id:\\d+}")
	String committee(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping(BASE + "/{id:\\d+}/members")
	String member(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute CommitteeMemberForm memberForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.governance.addMember(id, memberForm.name().strip(),
				(memberForm.organisation() != null) ? memberForm.organisation().strip() : "", memberForm.role(),
				user.getUsername());
		return done(id, "guidelines.governance.member.added", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/meetings")
	String meeting(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute MeetingForm meetingForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.governance.recordMeeting(id, meetingForm.heldOn(), meetingForm.agenda().strip(),
				(meetingForm.minutes() != null) ? meetingForm.minutes().strip() : "", user.getUsername());
		return done(id, "guidelines.governance.meeting.added", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/decisions")
	String decision(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute CommitteeDecisionForm decisionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.governance.draftDecision(id, decisionForm.decidedOn(), decisionForm.text().strip(), user.getUsername());
		return done(id, "guidelines.governance.decision.drafted", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/decisions/{decision:\\d+}/publish")
	String publishDecision(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@PathVariable long decision, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("error", "guidelines.confirm.required");
			return "redirect:" + BASE + "/" + id;
		}
		try {
			this.governance.publishDecision(id, decision, user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new CommitteeNotFoundException(id);
		}
		return done(id, "guidelines.governance.decision.published", redirect);
	}

	@PostMapping(BASE + "/{id:\\d+}/meetings/{meeting:\\d+}/publish")
	String publishMinutes(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@PathVariable long meeting, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("error", "guidelines.confirm.required");
			return "redirect:" + BASE + "/" + id;
		}
		try {
			this.governance.publishMinutes(id, meeting, user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "guidelines.governance.minutes.none");
			return "redirect:" + BASE + "/" + id;
		}
		return done(id, "guidelines.governance.minutes.published", redirect);
	}

	private String list(Model model) {
		model.addAttribute("committees", this.governance.committees(true));
		model.addAttribute("countries", this.taxonomy.countries());
		return "guidelines/governance-manage";
	}

	private String page(long id, Model model) {
		model.addAttribute("committee",
				this.governance.committee(id, true).orElseThrow(() -> new CommitteeNotFoundException(id)));
		model.addAttribute("roles", CommitteeRole.values());
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", CommitteeMemberForm.empty());
		}
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", MeetingForm.empty());
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", CommitteeDecisionForm.empty());
		}
		return "guidelines/committee-manage";
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return "redirect:" + BASE + "/" + id;
	}

}
