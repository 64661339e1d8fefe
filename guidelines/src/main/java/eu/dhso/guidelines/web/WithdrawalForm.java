package eu.dhso.guidelines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a published observatory report is withdrawn; readers see it on the report. */
record WithdrawalForm(@NotBlank @Size(max = 1000) String note) {

}
