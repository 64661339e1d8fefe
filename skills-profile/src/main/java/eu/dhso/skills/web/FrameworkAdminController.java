package eu.dhso.skills.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.FormBinding;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.PublishedVersionException;
import eu.dhso.core.framework.VersionNotFoundException;
import eu.dhso.skills.framework.FrameworkDocument;
import eu.dhso.skills.framework.FrameworkManagement;
import eu.dhso.skills.framework.FrameworkRules.Problem;
import eu.dhso.skills.framework.InvalidFrameworkException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' list of framework versions: copy, import, export and publish. The
 * content of a draft is edited in {@link FrameworkEditController}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FrameworkAdminController {

	/** Well above a full framework (about 60 kB), well below the upload limit. */
	static final long MAX_IMPORT_BYTES = 512 * 1024;

	private final FrameworkManagement management;

	private final CompetenceFramework framework;

	private final JsonMapper json;

	FrameworkAdminController(FrameworkManagement management, CompetenceFramework framework, JsonMapper json) {
		this.management = management;
		this.framework = framework;
		this.json = json;
	}

	@GetMapping("/skills/admin/framework")
	String versions(Model model) {
		model.addAttribute("versions", this.framework.versions());
		return "skills/framework-versions";
	}

	@GetMapping("/skills/admin/framework/{id}")
	String version(@PathVariable Long id, Model model) {
		model.addAttribute("version",
				this.management.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "skills/framework-version";
	}

	@PostMapping("/skills/admin/framework/copy")
	String copy(@AuthenticationPrincipal ObservatoryUser admin, @Valid FrameworkCopyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		try {
			Long id = this.management.copy(form.source(), form.label().strip(), form.title().strip(),
					admin.getUsername());
			redirect.addFlashAttribute("success", "skills.framework.copied");
			return "redirect:/skills/admin/framework/" + id;
		}
		catch (InvalidFrameworkException ex) {
			return problems(ex.getProblems(), model);
		}
	}

	@PostMapping("/skills/admin/framework/import")
	String importFile(@AuthenticationPrincipal ObservatoryUser admin, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			return problems(List.of(new Problem(null, "skills.framework.error.emptyFile")), model);
		}
		if (file.getSize() > MAX_IMPORT_BYTES) {
			return problems(List.of(new Problem(null, "skills.framework.error.tooLarge")), model);
		}
		FrameworkDocument document;
		try {
			document = this.json.readValue(new String(file.getBytes(), StandardCharsets.UTF_8),
					FrameworkDocument.class);
		}
		catch (JacksonException ex) {
			return problems(List.of(new Problem(null, "skills.framework.error.notJson")), model);
		}
		if (document == null) {
			return problems(List.of(new Problem(null, "skills.framework.error.notJson")), model);
		}
		try {
			Long id = this.management.importDocument(document, admin.getUsername());
			redirect.addFlashAttribute("success", "skills.framework.imported");
			return "redirect:/skills/admin/framework/" + id;
		}
		catch (InvalidFrameworkException ex) {
			return problems(ex.getProblems(), model);
		}
	}

	@GetMapping("/skills/admin/framework/{id}/export.json")
	ResponseEntity<byte[]> export(@PathVariable Long id) {
		FrameworkDocument document = this.management.export(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("framework-" + document.label() + ".json")
						.build()
						.toString())
			.body(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
	}

	@PostMapping("/skills/admin/framework/{id}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.management.publish(id, version, admin.getUsername());
		redirect.addFlashAttribute("success", "skills.framework.published");
		return "redirect:/skills/admin/framework/" + id;
	}

	private String problems(List<Problem> problems, Model model) {
		model.addAttribute("problems", problems);
		model.addAttribute("versions", this.framework.versions());
		return "skills/framework-versions";
	}

	@ExceptionHandler(VersionNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(PublishedVersionException.class)
	void published(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
