package org.wopplatform.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The persistence module on its own, for its tests: repositories, Flyway, the database.
 */
@SpringBootApplication
@EntityScan("org.wopplatform.domain")
public class PersistenceTestApplication {

}
