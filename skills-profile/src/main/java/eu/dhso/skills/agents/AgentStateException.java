package eu.dhso.skills.agents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The nomination cannot take this step in its present state (a stale page). */
@ResponseStatus(HttpStatus.CONFLICT)
public class AgentStateException extends RuntimeException {

	AgentStateException() {
		super("The nomination cannot take this step now");
	}

}
