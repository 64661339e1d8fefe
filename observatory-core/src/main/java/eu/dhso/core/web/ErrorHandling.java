package eu.dhso.core.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors that need the error page with a particular status. Everything else reaches
 * Spring Boot's error controller, which renders {@code error.html} in the layout.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * The database is unreachable: a friendly 503 rather than a stack trace; recovery
	 * needs no restart.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	String databaseUnavailable(Exception ex, HttpServletResponse response, Model model) {
		logger.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "30");
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String staleEdit(OptimisticLockingFailureException ex, HttpServletResponse response, Model model) {
		logger.info("Stale edit refused: {}", ex.getMessage());
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		return "error";
	}

}
