package eu.dhso.lab.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No certificate with this code, or not one this person may act on: both answer 404, so a
 * code reveals nothing it does not prove.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CertificateNotFoundException extends RuntimeException {

	public CertificateNotFoundException() {
		super("No such certificate");
	}

}
