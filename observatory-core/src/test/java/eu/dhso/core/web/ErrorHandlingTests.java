package eu.dhso.core.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

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

}
