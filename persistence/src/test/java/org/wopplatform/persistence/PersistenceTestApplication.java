package org.wopplatform.persistence;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * The persistence module on its own, for its tests: repositories, Flyway, the database,
 * and the clock the application gives it.
 */
@SpringBootApplication
@EntityScan("org.wopplatform.domain")
public class PersistenceTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
