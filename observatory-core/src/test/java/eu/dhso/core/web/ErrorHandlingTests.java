package eu.dhso.core.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTests {

	@Test
	void aLostConnectionAnywhereInTheCauseChainIsAnOutage() {
		RuntimeException rollbackFailure = new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("I/O error", "08006")));
		assertThat(ErrorHandling.isConnectionFailure(rollbackFailure)).isTrue();
	}

	@Test
	void otherDataErrorsAreNotMistakenForAnOutage() {
		assertThat(ErrorHandling.isConnectionFailure(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
	}

	@Test
	void aFileAboveTheMultipartLimitIsTooLargeNotMisunderstood() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ExtendedModelMap model = new ExtendedModelMap();
		String view = new ErrorHandling(null).uploadTooLarge(new MaxUploadSizeExceededException(16 * 1024 * 1024),
				response, model);
		assertThat(view).isEqualTo("error");
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(model.get("status")).isEqualTo(413);
	}

}
