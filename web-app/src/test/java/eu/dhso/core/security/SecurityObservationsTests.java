package eu.dhso.core.security;

import eu.dhso.core.testsupport.ObservatoryTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests are observed once, not once more for each filter of the security chain and
 * each authorization.
 */
@ObservatoryTest
class SecurityObservationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	void theRequestIsObservedAndTheSecurityChainIsNot() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/cases")).andExpect(status().isOk());
		assertThat(this.meters.find("http.server.requests").timers()).isNotEmpty();
		assertThat(this.meters.getMeters())
			.noneMatch((meter) -> meter.getId().getName().startsWith("spring.security."));
	}

}
