package eu.dhso.cases.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import eu.dhso.cases.domain.IllegalCaseTransitionException;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.workflow.AttachmentRejectedException;
import eu.dhso.cases.workflow.CaseAttachment;
import eu.dhso.cases.workflow.CaseAttachments;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's attachments, a section of the case form: the list, upload, removal after a
 * confirmation page, and download. Partners of the case's organisation and editors use it
 * (anyone else gets 404); files change only while the case is editable, as its steps do.
 * Works without JavaScript.
 */
@Controller
@RequestMapping("/cases/my/{id}/attachments")
@PreAuthorize("hasAnyRole('PARTNER', 'EDITOR', 'ADMIN')")
class CaseAttachmentController {

	private final CaseAttachments attachments;

	CaseAttachmentController(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, Model model) {
		return page(user, id, model);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@Valid AttachmentUploadForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MultipartFile file = form.file();
		String caption = form.caption();
		boolean shownPublicly = form.shownPublicly();
		try {
			this.attachments.upload(id, user, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getSize() : 0, file, caption, shownPublicly);
			redirect.addFlashAttribute("success", "cases.attachment.added");
			return "redirect:/cases/my/" + id + "/attachments";
		}
		catch (AttachmentRejectedException ex) {
			// the form again with the reason next to the file field and the caption kept
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("uploadError", ex.getMessageKey());
			model.addAttribute("caption", caption);
			model.addAttribute("shownPublicly", shownPublicly);
			return page(user, id, model);
		}
		catch (IllegalCaseTransitionException ex) {
			return locked(user, id, redirect);
		}
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@PathVariable long attachmentId) {
		CaseAttachment.File file = this.attachments.download(id, attachmentId, user);
		return send(file, CacheControl.noStore().cachePrivate());
	}

	/** The second step of a removal: what will go, and a button to confirm it. */
	@GetMapping("/{attachmentId}/remove")
	String confirmRemoval(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@PathVariable long attachmentId, Model model, RedirectAttributes redirect) {
		InterviewCase found = this.attachments.load(id, user);
		CaseAttachment attachment = this.attachments.find(id, attachmentId, user);
		if (!found.getStatus().isEditableByPartner()) {
			return locked(user, id, redirect);
		}
		model.addAttribute("interviewCase", found);
		model.addAttribute("attachment", attachment);
		return "cases/partner/attachment-remove";
	}

	@PostMapping("/{attachmentId}/remove")
	String remove(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, @PathVariable long attachmentId,
			RedirectAttributes redirect) {
		try {
			this.attachments.remove(id, attachmentId, user);
			redirect.addFlashAttribute("success", "cases.attachment.deleted");
			return "redirect:/cases/my/" + id + "/attachments";
		}
		catch (IllegalCaseTransitionException ex) {
			return locked(user, id, redirect);
		}
	}

	private String page(ObservatoryUser user, Long id, Model model) {
		InterviewCase found = this.attachments.load(id, user);
		model.addAttribute("interviewCase", found);
		model.addAttribute("attachments", this.attachments.of(id, user));
		model.addAttribute("editable", found.getStatus().isEditableByPartner());
		model.addAttribute("asPartner", user.getRole() == Role.PARTNER);
		model.addAttribute("steps", CaseStep.values());
		model.addAttribute("maxMegabytes", this.attachments.limits().maxMegabytes());
		model.addAttribute("maxFiles", this.attachments.limits().attachmentsPerCase());
		model.addAttribute("maxCaption", CaseAttachments.MAX_CAPTION);
		return "cases/partner/attachments";
	}

	/**
	 * The case is with the editors (or out of the workflow): back to where it is shown.
	 */
	private static String locked(ObservatoryUser user, Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "cases.attachment.locked");
		return (user.getRole() == Role.PARTNER) ? "redirect:/cases/my/" + id : "redirect:/cases/review/" + id;
	}

	/**
	 * The file as an attachment with its detected type and its name in RFC 5987 form, so
	 * Greek or Italian names arrive intact; nosniff is set for every response.
	 */
	static ResponseEntity<byte[]> send(CaseAttachment.File file, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.contentLength(file.content().length)
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
