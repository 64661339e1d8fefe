package eu.dhso.core.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Errors that need the error page with a particular status. Everything else reaches
 * Spring Boot's error controller, which renders {@code error.html} in the layout.
 */
@ControllerAdvice
class ErrorHandling {

	private final ObjectProvider<DataSource> dataSource;

	ErrorHandling(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	private static final Logger logger = LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * The database is unreachable: a friendly 503 rather than a stack trace; recovery
	 * needs no restart. A broken pooled connection can surface as any data-access or
	 * transaction error (even from the rollback), so the cause chain decides.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	String databaseUnavailable(Exception ex, HttpServletResponse response, Model model) throws Exception {
		if (!isConnectionFailure(ex) && databaseReachable()) {
			throw ex;
		}
		logger.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "30");
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error";
	}

	/**
	 * The pool reports a dead connection only as "Connection is closed", so ask the
	 * database itself.
	 */
	private boolean databaseReachable() {
		DataSource dataSource = this.dataSource.getIfAvailable();
		if (dataSource == null) {
			return true;
		}
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static boolean isConnectionFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQLState class 08: connection exception
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String staleEdit(OptimisticLockingFailureException ex, HttpServletResponse response, Model model) {
		logger.info("Stale edit refused: {}", ex.getMessage());
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		return "error";
	}

	/**
	 * A file above the servlet's multipart limit, refused before any form sees it: say
	 * that it was too large (413) rather than that the request was not understood.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response, Model model) {
		logger.info("Upload refused: {}", ex.getMessage());
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
		return "error";
	}

	/**
	 * A form field naming a row no form has ({@code skills[300]}, beyond
	 * {@link FormRows#MAX}) or an index no number can hold: the client's mistake.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String impossibleFormField(InvalidPropertyException ex, HttpServletResponse response, Model model) {
		logger.info("Form field refused: {}", ex.getMessage());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error";
	}

	/**
	 * A form posted to an upload without its file part: the client's mistake, not ours.
	 */
	@ExceptionHandler(MultipartException.class)
	String notMultipart(MultipartException ex, HttpServletResponse response, Model model) {
		logger.info("Upload refused: {}", ex.getMessage());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error";
	}

}
