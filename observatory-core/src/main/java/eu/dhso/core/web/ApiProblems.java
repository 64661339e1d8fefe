package eu.dhso.core.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Errors of the machine-readable API ({@value #API} and below) as RFC 9457 problem
 * details ({@code application/problem+json}), never an HTML page or an empty body. It
 * resolves only what no {@code @ExceptionHandler} of a module took, and only on API
 * paths; every other path keeps the error page as before.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, WebMvcConfigurer {

	static final String API = "/api/";

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	private final ObjectMapper json;

	ApiProblems(ObjectMapper json) {
		this.json = json;
	}

	/** Right after the {@code @ExceptionHandler} methods, before Spring's defaults. */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(Math.min(1, resolvers.size()), this);
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(API) || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem;
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ErrorResponse error) {
			problem = error.getBody();
			headers.addAll(error.getHeaders());
		}
		else if (ex instanceof TypeMismatchException mismatch) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Parameter '" + mismatch.getPropertyName() + "' has an invalid value.");
		}
		else {
			logger.error("Open-data request failed: {}", path, ex);
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The request could not be answered.");
		}
		try {
			write(problem, path, headers, request, response);
		}
		catch (IOException writeFailed) {
			logger.debug("Problem not written: {}", writeFailed.getMessage());
		}
		return new ModelAndView();
	}

	private void write(ProblemDetail problem, String path, HttpHeaders headers, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		if (problem.getType() != null && !URI.create("about:blank").equals(problem.getType())) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", (problem.getTitle() != null) ? problem.getTitle()
				: HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		body.put("instance", path);
		response.reset();
		response.setStatus(problem.getStatus());
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (!"HEAD".equals(request.getMethod())) {
			this.json.writeValue(response.getOutputStream(), body);
		}
	}

}
