package eu.dhso.cases.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import eu.dhso.cases.transfer.CaseImport;
import eu.dhso.cases.transfer.CaseImport.RowCheck;
import eu.dhso.cases.transfer.CsvUpload;
import eu.dhso.cases.transfer.ImportField;
import eu.dhso.core.account.ObservatoryUser;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Admins import cases from CSV: upload, map columns to fields and see each row's errors,
 * then import every valid row as a draft in one transaction. The file and the mapping
 * wait in the session between the steps.
 */
@Controller
@RequestMapping("/cases/import")
@PreAuthorize("hasRole('ADMIN')")
class CaseImportController {

	static final String UPLOAD = "cases.import.upload";

	static final String MAPPING = "cases.import.mapping";

	private final CaseImport caseImport;

	CaseImportController(CaseImport caseImport) {
		this.caseImport = caseImport;
	}

	@GetMapping
	String form() {
		return "cases/import/upload";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse("cases.import.empty", model, response);
		}
		if (file.getSize() > CsvUpload.MAX_BYTES) {
			return refuse("cases.import.tooLarge", model, response);
		}
		try {
			CsvUpload upload = CsvUpload.read(file.getOriginalFilename(), file.getBytes());
			session.setAttribute(UPLOAD, upload);
			session.setAttribute(MAPPING, new EnumMap<>(CaseImport.defaultMapping(upload)));
		}
		catch (CsvUpload.NotCsvException ex) {
			return refuse(ex.getMessageKey(), model, response);
		}
		return "redirect:/cases/import/preview";
	}

	@GetMapping("/preview")
	String preview(HttpSession session, Model model) {
		CsvUpload upload = (CsvUpload) session.getAttribute(UPLOAD);
		if (upload == null) {
			return "redirect:/cases/import";
		}
		Map<ImportField, String> mapping = mapping(session);
		List<RowCheck> checks = this.caseImport.check(upload, mapping);
		model.addAttribute("upload", upload);
		model.addAttribute("mapping", mapping);
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("checks", checks);
		model.addAttribute("validRows", checks.stream().filter(RowCheck::valid).count());
		return "cases/import/preview";
	}

	@PostMapping("/mapping")
	String map(@RequestParam Map<String, String> params, HttpSession session) {
		CsvUpload upload = (CsvUpload) session.getAttribute(UPLOAD);
		if (upload == null) {
			return "redirect:/cases/import";
		}
		EnumMap<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String column = params.get("column." + field.name());
			// only a column of the file can be mapped
			if (column != null && upload.headers().contains(column)) {
				mapping.put(field, column);
			}
		}
		session.setAttribute(MAPPING, mapping);
		return "redirect:/cases/import/preview";
	}

	@PostMapping("/commit")
	String commit(@AuthenticationPrincipal ObservatoryUser admin, HttpSession session, RedirectAttributes redirect) {
		CsvUpload upload = (CsvUpload) session.getAttribute(UPLOAD);
		if (upload == null) {
			return "redirect:/cases/import";
		}
		Map<ImportField, String> mapping = mapping(session);
		if (this.caseImport.check(upload, mapping).stream().noneMatch(RowCheck::valid)) {
			redirect.addFlashAttribute("error", "cases.import.nothingValid");
			return "redirect:/cases/import/preview";
		}
		int imported;
		try {
			imported = this.caseImport.commit(upload, mapping, admin.getUsername());
		}
		catch (DataAccessException ex) {
			// the transaction rolled back: nothing was written, the file stays loaded
			redirect.addFlashAttribute("error", "cases.import.failed");
			return "redirect:/cases/import/preview";
		}
		session.removeAttribute(UPLOAD);
		session.removeAttribute(MAPPING);
		redirect.addFlashAttribute("success", "cases.import.done");
		redirect.addFlashAttribute("imported", imported);
		return "redirect:/cases/import";
	}

	@PostMapping("/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(UPLOAD);
		session.removeAttribute(MAPPING);
		return "redirect:/cases/import";
	}

	@SuppressWarnings("unchecked")
	private static Map<ImportField, String> mapping(HttpSession session) {
		Object mapping = session.getAttribute(MAPPING);
		return (mapping != null) ? (Map<ImportField, String>) mapping : Map.of();
	}

	private static String refuse(String messageKey, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("error", messageKey);
		return "cases/import/upload";
	}

}
