package eu.dhso.core.translation;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way a translation sheet is shown and saved, for every module's translation
 * pages: the same page, the same errors next to the fields, the same 409 that keeps what
 * was typed, the same redirect with a flash message.
 */
public final class TranslationPages {

	private static final String VIEW = "core/translation/sheet";

	private TranslationPages() {
	}

	/** The language asked for, else the reader's own if it is one to translate into. */
	public static String target(String requested) {
		if (ContentLanguage.isTarget(requested)) {
			return requested;
		}
		String reader = ContentLanguage.current();
		return ContentLanguage.isTarget(reader) ? reader : ContentLanguage.TARGETS.get(0);
	}

	public static String show(TranslationSheet sheet, Model model) {
		model.addAttribute("sheet", sheet);
		return VIEW;
	}

	/**
	 * Saves a posted sheet. {@code sheet} reads the sheet in a language; {@code save}
	 * stores the form and may throw {@link StaleTranslationException}.
	 */
	public static String save(Function<String, TranslationSheet> sheet, Runnable save, TranslationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!ContentLanguage.isTarget(form.language())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(sheet.apply(target(null)), model);
		}
		TranslationSheet current = sheet.apply(form.language());
		if (result.hasErrors()) {
			// the only rule on a text is its length, so each field names its own error
			model.addAttribute("invalid",
					result.getFieldErrors()
						.stream()
						.map((e) -> e.getField().replaceAll("^texts\\[(.*)\\]$", "$1"))
						.collect(java.util.stream.Collectors.toSet()));
			model.addAttribute("maxLength", TranslationForm.MAX_LENGTH);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(current.withInput(form.texts()), model);
		}
		try {
			save.run();
		}
		catch (StaleTranslationException ex) {
			// the newer stamp lets a second save overwrite, after the person has seen the
			// conflict; what they typed is kept
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return show(current.withInput(form.texts()), model);
		}
		redirect.addFlashAttribute("success", "translation.saved");
		return "redirect:" + UriComponentsBuilder.fromPath(current.action())
			.queryParam("to", form.language())
			.build()
			.toUriString();
	}

}
