package eu.dhso.core.audit;

import eu.dhso.core.web.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditEntries entries;

	AuditController(AuditEntries entries) {
		this.entries = entries;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries",
				this.entries.search(actor.strip(), AuditEntries.prefix(action.strip()), outcome.strip(),
						new Paging(page, PAGE_SIZE).pageRequest(Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("outcome", outcome);
		model.addAttribute("outcomes", java.util.List.of("SUCCESS", "FAILURE", "REFUSED"));
		return "core/admin/audit";
	}

}
