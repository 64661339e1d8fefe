package eu.dhso.core.account.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.privacy.ErasureOutcome;
import eu.dhso.core.privacy.PersonalDataRights;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own data: a download of all of it, and the erasure of the
 * account. Always the principal's own account: there is no id to change.
 */
@Controller
class PersonalDataController {

	private final PersonalDataRights personalData;

	PersonalDataController(PersonalDataRights personalData) {
		this.personalData = personalData;
	}

	@InitBinder("erasure")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("password");
	}

	@GetMapping("/account/data.json")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal ObservatoryUser user) {
		String fileName = "dhso-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(this.personalData.export(user.getAccountId()));
	}

	@GetMapping("/account/erase")
	String confirm(@ModelAttribute("erasure") ErasureForm form) {
		return "core/erase";
	}

	@PostMapping("/account/erase")
	String erase(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute("erasure") ErasureForm form,
			BindingResult result, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "core/erase";
		}
		ErasureOutcome outcome = this.personalData.erase(user.getAccountId(), form.getPassword());
		if (outcome == ErasureOutcome.WRONG_PASSWORD) {
			result.rejectValue("password", "account.erase.passwordWrong");
			return "core/erase";
		}
		if (outcome == ErasureOutcome.LAST_ADMINISTRATOR) {
			result.reject("account.erase.lastAdministrator");
			return "core/erase";
		}
		// The account no longer exists as it was: this session ends with it.
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("success", "account.erase.done");
		return "redirect:/";
	}

}
