package eu.dhso.lab.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import eu.dhso.core.translation.ContentLanguage;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.certificate.Certificate;
import eu.dhso.lab.certificate.CertificateIssuing;
import eu.dhso.lab.certificate.CertificateNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public check a certificate's QR code leads to: anyone with the code sees what the
 * certificate states and whether it still holds, and nothing else about the holder. An
 * admin or one of the cohort's trainers may withdraw it there, with a reason.
 */
@Controller
class CertificateController {

	private final CertificateIssuing certificates;

	private final CohortViews cohorts;

	private final SchemeTranslating translating;

	CertificateController(CertificateIssuing certificates, CohortViews cohorts, SchemeTranslating translating) {
		this.certificates = certificates;
		this.cohorts = cohorts;
		this.translating = translating;
	}

	@GetMapping("/certificates/{code:[a-z0-9]+}")
	String check(@PathVariable String code, @AuthenticationPrincipal ObservatoryUser person, Locale locale, Model model,
			HttpServletResponse response) {
		// a holder's name is for whoever they hand the code to, not for search engines
		response.setHeader("X-Robots-Tag", "noindex");
		if (!model.containsAttribute("withdrawalForm")) {
			model.addAttribute("withdrawalForm", new WithdrawalForm(""));
		}
		return page(code, person, locale, model);
	}

	@PostMapping("/certificates/{code:[a-z0-9]+}/withdraw")
	String withdraw(@PathVariable String code, @AuthenticationPrincipal ObservatoryUser person,
			@Valid @ModelAttribute WithdrawalForm withdrawalForm, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(code, person, locale, model);
		}
		this.certificates.withdraw(person, code, withdrawalForm.reason());
		redirect.addFlashAttribute("success", "lab.certificate.withdrawn");
		return "redirect:/certificates/" + code;
	}

	private String page(String code, ObservatoryUser person, Locale locale, Model model) {
		Certificate certificate = this.certificates.find(code).orElseThrow(CertificateNotFoundException::new);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		model.addAttribute("certificate", certificate);
		// the scheme as the certificate names it, in the reader's language where
		// translated
		SchemeTranslating.Titles titles = this.translating.titles(ContentLanguage.current());
		Long schemeId = this.cohorts.find(certificate.getCohortId()).map(CohortSummary::schemeId).orElse(null);
		model.addAttribute("schemeTitle", (schemeId != null) ? titles.scheme(schemeId, certificate.getSchemeTitle())
				: certificate.getSchemeTitle());
		model.addAttribute("schemeEnglish",
				schemeId != null && titles.schemeEnglish(schemeId, certificate.getSchemeTitle()));
		model.addAttribute("issuedOn", dates.format(certificate.getIssuedAt().atZone(ZoneOffset.UTC)));
		model.addAttribute("withdrawnOn", (certificate.getWithdrawnAt() != null)
				? dates.format(certificate.getWithdrawnAt().atZone(ZoneOffset.UTC)) : null);
		model.addAttribute("mayWithdraw", certificate.isValid() && this.certificates.mayWithdraw(person, certificate));
		return "lab/certificate";
	}

	/**
	 * Why a certificate is withdrawn: kept on record and in the audit log, never shown
	 * publicly.
	 */
	record WithdrawalForm(@NotBlank(message = "{lab.certificate.error.reason}") @Size(max = 500,
			message = "{lab.certificate.error.reason}") String reason) {
	}

}
