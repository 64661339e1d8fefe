package eu.dhso.core.framework;

public enum CompetenceKind {

	SOFT, DIGITAL

}
