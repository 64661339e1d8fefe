package eu.dhso.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import eu.dhso.lab.cohort.CohortNotFoundException;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.SessionCalendar;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.resource.ResourceDetails;
import eu.dhso.lab.scheme.SchemeNotFoundException;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedModule;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.web.PageDescription;
import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.PublicUrl;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Published schemes, modules and resources, and the cohorts people can join. */
@Controller
class PublicLabController {

	private final PublishedSchemes schemes;

	private final ResourceLibrary resources;

	private final CohortViews cohorts;

	private final PublicUrl publicUrl;

	private final PilotEvaluation evaluation;

	private final SchemeTranslating translating;

	PublicLabController(PublishedSchemes schemes, ResourceLibrary resources, CohortViews cohorts, PublicUrl publicUrl,
			PilotEvaluation evaluation, SchemeTranslating translating) {
		this.translating = translating;
		this.evaluation = evaluation;
		this.publicUrl = publicUrl;
		this.schemes = schemes;
		this.resources = resources;
		this.cohorts = cohorts;
	}

	@GetMapping("/lab/schemes/{id:\\d+}")
	String scheme(@PathVariable long id, Model model) {
		SchemeSnapshot scheme = this.schemes.latestPublished(id).orElseThrow(() -> new SchemeNotFoundException(id));
		return scheme(scheme, true, model);
	}

	@GetMapping("/lab/schemes/{id:\\d+}/versions/{number:\\d+}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		SchemeSnapshot scheme = this.schemes.published(id, number).orElseThrow(() -> new SchemeNotFoundException(id));
		int latest = this.schemes.versionNumbers(id).get(0);
		return scheme(scheme, number == latest, model);
	}

	private String scheme(SchemeSnapshot scheme, boolean latest, Model model) {
		model.addAttribute("scheme", scheme);
		PageDescription.describe(model, scheme.aims());
		model.addAttribute("latest", latest);
		model.addAttribute("versions", this.schemes.versionNumbers(scheme.schemeId()));
		model.addAttribute("cohorts", this.cohorts.upcoming(scheme.schemeId()));
		model.addAttribute("today", this.cohorts.today());
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/scheme";
	}

	@GetMapping("/lab/modules/{id:\\d+}")
	String module(@PathVariable long id, Model model) {
		PublishedModule published = this.schemes.publishedModule(id).orElseThrow(() -> new SchemeNotFoundException(id));
		model.addAttribute("scheme", published.scheme());
		model.addAttribute("module", published.module());
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/module";
	}

	@GetMapping("/lab/resources/{id:\\d+}")
	String resource(@PathVariable long id, @AuthenticationPrincipal ObservatoryUser user, Model model) {
		ResourceDetails resource = this.resources.published(id);
		model.addAttribute("r", resource);
		model.addAttribute("mayManage", ResourceLibrary.mayManage(user, resource));
		return "lab/resource";
	}

	@GetMapping("/lab/resources/{id:\\d+}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		ResourceDetails resource = this.resources.published(id);
		if (!resource.isFile()) {
			throw new eu.dhso.lab.resource.ResourceNotFoundException(id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(resource.fileType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(resource.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.resources.content(id));
	}

	@GetMapping("/lab/cohorts")
	String cohorts(Model model) {
		model.addAttribute("cohorts", this.cohorts.upcoming(null));
		model.addAttribute("today", this.cohorts.today());
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/cohorts";
	}

	@GetMapping("/lab/cohorts/{id:\\d+}")
	String cohort(@PathVariable long id, @AuthenticationPrincipal ObservatoryUser user, Model model) {
		CohortSummary cohort = this.cohorts.require(id);
		model.addAttribute("cohort", cohort);
		model.addAttribute("scheme", this.cohorts.version(cohort));
		model.addAttribute("sessions", this.cohorts.sessions(id));
		model.addAttribute("trainers", this.cohorts.trainers(id));
		model.addAttribute("today", this.cohorts.today());
		model.addAttribute("place", (user != null) ? this.cohorts.placeOf(user.getAccountId(), id).orElse(null) : null);
		model.addAttribute("isTrainer", user != null && this.cohorts.isTrainer(user.getAccountId(), id));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/cohort";
	}

	/**
	 * The pilot evaluation of a finished cohort, as publications cite it: released group
	 * figures only.
	 */
	@GetMapping("/lab/cohorts/{id:\\d+}/evaluation")
	String evaluation(@PathVariable long id, Model model) {
		model.addAttribute("evaluation",
				this.evaluation.publicEvaluation(id).orElseThrow(() -> new CohortNotFoundException(id)));
		model.addAttribute("titles", this.translating.titles(ContentLanguage.current()));
		return "lab/evaluation/public";
	}

	@GetMapping("/lab/cohorts/{id:\\d+}/sessions.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		CohortSummary cohort = this.cohorts.require(id);
		String body = SessionCalendar.write(cohort, this.cohorts.sessions(id), this.publicUrl.host(), Instant.now());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cohort-" + id + ".ics").build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
