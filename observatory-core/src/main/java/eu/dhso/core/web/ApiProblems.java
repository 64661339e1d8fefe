package eu.dhso.core.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the machine-readable API ({@value #API} and below) as RFC 9457 problem
 * details ({@code application/problem+json}), never an HTML page or an empty body. Every
 * other path keeps the error page: this advice comes last and hands their exceptions back
 * untouched, so the handlers of {@code ErrorHandling} and Spring's defaults apply as
 * before.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems {

	static final String API = "/api/";

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> problem(Exception ex, HttpServletRequest request) throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(API)) {
			throw ex;
		}
		ProblemDetail problem;
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ErrorResponse error) {
			problem = error.updateAndGetBody(null, null);
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
		problem.setInstance(URI.create(path));
		return ResponseEntity.status(HttpStatusCode.valueOf(problem.getStatus())).headers(headers).body(problem);
	}

}
