package eu.dhso.lab.web;

import java.time.LocalDate;
import java.util.List;

import eu.dhso.lab.mentoring.ActivityFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the work-based learning pages. */
final class MentoringForms {

	private MentoringForms() {
	}

	/** A new plan, proposed to a mentor (by a professional) or to a professional. */
	record ProposalForm(
			@NotBlank(message = "{lab.mentoring.error.title}") @Size(max = 200,
					message = "{lab.mentoring.error.title}") String title,
			@Size(max = 2000, message = "{lab.mentoring.error.goal}") String goal,
			@NotBlank(message = "{lab.mentoring.error.counterpart}") @Size(max = 100,
					message = "{lab.mentoring.error.counterpart}") String counterpart) {

		static ProposalForm blank() {
			return new ProposalForm("", "", "");
		}

	}

	/** An activity at work, added while the plan is proposed. */
	record PlanActivityForm(@NotNull Long version,
			@NotBlank(message = "{lab.mentoring.error.activityTitle}") @Size(max = 200,
					message = "{lab.mentoring.error.activityTitle}") String title,
			@Size(max = 2000, message = "{lab.mentoring.error.description}") String description,
			@NotEmpty(message = "{lab.mentoring.error.competence}") @Size(max = 10,
					message = "{lab.mentoring.error.competence}") List<String> competences,
			@NotNull(message = "{lab.mentoring.error.level}") @Min(value = 1,
					message = "{lab.mentoring.error.level}") @Max(value = 4,
							message = "{lab.mentoring.error.level}") Integer targetLevel,
			@Size(max = 20, message = "{lab.mentoring.error.resource}") List<Long> resources,
			@NotNull(message = "{lab.mentoring.error.due}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

		PlanActivityForm {
			competences = SchemeEditController.list(competences);
			resources = (resources != null) ? resources.stream().filter((r) -> r != null).distinct().toList()
					: List.of();
		}

		static PlanActivityForm blank(long version, LocalDate today) {
			return new PlanActivityForm(version, "", "", List.of(), 2, List.of(), today.plusWeeks(4));
		}

		ActivityFields fields() {
			return new ActivityFields(this.title, this.description, this.competences, this.targetLevel, this.resources,
					this.dueOn);
		}

	}

	/**
	 * The plan's version as shown, so nobody agrees to or edits what they did not see.
	 */
	record VersionForm(@NotNull Long version) {
	}

	/**
	 * Declining or calling off a plan asks for a confirmation; the reason is optional.
	 */
	record CancelForm(@NotNull(message = "{lab.mentoring.error.confirm}") Boolean confirm,
			@Size(max = 1000, message = "{lab.mentoring.error.reason}") String reason) {
	}

	/**
	 * Evidence the professional logs: a note, a file or both (checked by the use case).
	 */
	record EvidenceForm(@Size(max = 4000, message = "{lab.mentoring.error.evidenceNote}") String note,
			MultipartFile file) {
	}

	/** Why the mentor returns an activity. */
	record ReturnForm(@NotBlank(message = "{lab.mentoring.error.reason}") @Size(max = 1000,
			message = "{lab.mentoring.error.reason}") String reason) {
	}

}
