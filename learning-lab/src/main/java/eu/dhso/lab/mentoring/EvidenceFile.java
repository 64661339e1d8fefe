package eu.dhso.lab.mentoring;

/** An evidence file as checked: a safe name, the type found in its bytes, its size. */
public record EvidenceFile(String name, String type, long size) {

}
