package eu.dhso.skills.web;

import java.time.LocalDate;
import java.util.List;

import eu.dhso.skills.agents.ActivityKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** One activity of a change agent. */
record AgentActivityForm(@NotNull @PastOrPresent @DateTimeFormat(iso = ISO.DATE) LocalDate date,
		@NotNull ActivityKind kind, @Size(max = 10) List<String> competences,
		@NotNull @Min(0) @Max(10000) Integer peopleReached, @Size(max = 500) String note) {

}
