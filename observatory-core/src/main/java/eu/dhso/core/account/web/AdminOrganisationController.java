package eu.dhso.core.account.web;

import eu.dhso.core.account.Organisations;
import eu.dhso.core.web.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganisationController {

	private final Organisations organisations;

	AdminOrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/admin/organisations")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "name") String sort,
			Model model) {
		Sort order = "country".equals(sort) ? Sort.by("countryCode", "name") : Sort.by("name");
		model.addAttribute("organisations", this.organisations.findAll(new Paging(page, 20).pageRequest(order)));
		model.addAttribute("sort", sort);
		return "core/admin/organisations";
	}

}
