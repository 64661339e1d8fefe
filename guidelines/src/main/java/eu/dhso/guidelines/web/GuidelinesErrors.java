package eu.dhso.guidelines.web;

import java.net.URI;
import java.util.List;

import eu.dhso.guidelines.governance.IllegalCommitteeStepException;
import eu.dhso.guidelines.planning.IllegalPlanTransitionException;
import eu.dhso.guidelines.guideline.ConsultationClosedException;
import eu.dhso.guidelines.guideline.IllegalGuidelineTransitionException;
import eu.dhso.guidelines.network.IllegalMemberTransitionException;
import eu.dhso.guidelines.report.IllegalReportTransitionException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The module's own refusals: a step the guideline, report or member no longer allows
 * (someone else moved it meanwhile) goes back to the page it came from with a message,
 * not to an error page. Only a same-site path of this module is followed.
 */
@ControllerAdvice(basePackageClasses = GuidelinesErrors.class)
class GuidelinesErrors {

	private static final List<String> OWN_PATHS = List.of("/guidelines", "/observatory", "/network", "/events");

	@ExceptionHandler({ IllegalGuidelineTransitionException.class, IllegalReportTransitionException.class,
			IllegalMemberTransitionException.class, IllegalCommitteeStepException.class,
			IllegalPlanTransitionException.class })
	String stateChanged(HttpServletRequest request) {
		return back(request, "guidelines.error.state");
	}

	@ExceptionHandler(ConsultationClosedException.class)
	String consultationClosed(HttpServletRequest request) {
		return back(request, "guidelines.error.consultationClosed");
	}

	private static String back(HttpServletRequest request, String messageKey) {
		RequestContextUtils.getOutputFlashMap(request).put("error", messageKey);
		return "redirect:" + sameSitePath(request.getHeader(HttpHeaders.REFERER));
	}

	static String sameSitePath(String referer) {
		if (referer == null) {
			return "/guidelines";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || path.startsWith("//") || OWN_PATHS.stream().noneMatch(path::startsWith)) {
				return "/guidelines";
			}
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return "/guidelines";
		}
	}

}
