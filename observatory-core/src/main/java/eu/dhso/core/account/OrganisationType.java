package eu.dhso.core.account;

import org.springframework.modulith.NamedInterface;

@NamedInterface("account")
public enum OrganisationType {

	HOSPITAL, HEALTH_AUTHORITY, UNIVERSITY, TRAINING_PROVIDER, TECHNOLOGY_PROVIDER, ASSOCIATION

}
