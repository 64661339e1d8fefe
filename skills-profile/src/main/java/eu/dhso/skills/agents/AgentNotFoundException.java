package eu.dhso.skills.agents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AgentNotFoundException extends RuntimeException {

	public AgentNotFoundException() {
		super("No such change agent");
	}

}
