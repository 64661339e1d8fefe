/**
 * Rules for the text people type that every module shares.
 */
package eu.dhso.core.text;
