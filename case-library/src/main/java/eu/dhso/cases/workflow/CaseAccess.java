package eu.dhso.cases.workflow;

import eu.dhso.cases.domain.CaseNotFoundException;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.InterviewCases;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;

import org.springframework.stereotype.Component;

/**
 * Loads a case only for someone who may see it: partners their own organisation's cases,
 * editors and administrators every case. Everyone else gets 404, whether it exists or
 * not.
 */
@Component
public class CaseAccess {

	private final InterviewCases cases;

	CaseAccess(InterviewCases cases) {
		this.cases = cases;
	}

	public InterviewCase forPartner(Long id, ObservatoryUser user) {
		InterviewCase found = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (user.getRole() != Role.PARTNER || user.getOrganisationId() == null
				|| !user.getOrganisationId().equals(found.getOrganisationId())) {
			throw new CaseNotFoundException(id);
		}
		return found;
	}

	public InterviewCase forEditor(Long id, ObservatoryUser user) {
		if (user.getRole() != Role.EDITOR && user.getRole() != Role.ADMIN) {
			throw new CaseNotFoundException(id);
		}
		return this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

}
