package eu.dhso.core.framework;

import org.springframework.modulith.NamedInterface;

@NamedInterface("framework")
public enum CompetenceKind {

	SOFT, DIGITAL

}
