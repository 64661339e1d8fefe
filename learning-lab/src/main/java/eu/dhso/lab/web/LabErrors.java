package eu.dhso.lab.web;

import java.net.URI;

import eu.dhso.lab.cohort.CohortRejectedException;
import eu.dhso.lab.mentoring.MentoringRejectedException;
import eu.dhso.lab.expert.ExpertRejectedException;
import eu.dhso.lab.trainer.TrackRejectedException;
import eu.dhso.lab.resource.ResourceRejectedException;
import eu.dhso.lab.scheme.SchemeStateException;
import eu.dhso.lab.scheme.SchemeTitleTakenException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refusals a person can act on go back to the page they came from with a message, rather
 * than to an error page. Only a same-site path of the referring page is followed.
 */
@ControllerAdvice(basePackageClasses = LabErrors.class)
class LabErrors {

	@ExceptionHandler(CohortRejectedException.class)
	String cohortRejected(CohortRejectedException ex, HttpServletRequest request) {
		return back(request, ex.messageKey());
	}

	@ExceptionHandler(ResourceRejectedException.class)
	String resourceRejected(ResourceRejectedException ex, HttpServletRequest request) {
		return back(request, ex.messageKey());
	}

	@ExceptionHandler(MentoringRejectedException.class)
	String mentoringRejected(MentoringRejectedException ex, HttpServletRequest request) {
		return back(request, ex.messageKey());
	}

	@ExceptionHandler(TrackRejectedException.class)
	String trackRejected(TrackRejectedException ex, HttpServletRequest request) {
		return back(request, ex.messageKey());
	}

	@ExceptionHandler(ExpertRejectedException.class)
	String expertRejected(ExpertRejectedException ex, HttpServletRequest request) {
		return back(request, ex.messageKey());
	}

	@ExceptionHandler(SchemeTitleTakenException.class)
	String schemeTitleTaken(SchemeTitleTakenException ex, HttpServletRequest request) {
		return back(request, "lab.scheme.error.titleTaken");
	}

	@ExceptionHandler(SchemeStateException.class)
	String schemeState(SchemeStateException ex, HttpServletRequest request) {
		return back(request, "lab.scheme.error.state");
	}

	static String back(HttpServletRequest request, String messageKey) {
		RequestContextUtils.getOutputFlashMap(request).put("error", messageKey);
		return "redirect:" + sameSitePath(request.getHeader(HttpHeaders.REFERER));
	}

	static String sameSitePath(String referer) {
		if (referer == null) {
			return "/lab";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null
					|| !(path.startsWith("/lab") || path.startsWith("/mentoring") || path.startsWith("/experts"))
					|| path.startsWith("//")) {
				return "/lab";
			}
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return "/lab";
		}
	}

}
