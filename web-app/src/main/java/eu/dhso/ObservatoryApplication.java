package eu.dhso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Digital Health Skills Observatory with all its modules. */
@SpringBootApplication
public class ObservatoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(ObservatoryApplication.class, args);
	}

}
