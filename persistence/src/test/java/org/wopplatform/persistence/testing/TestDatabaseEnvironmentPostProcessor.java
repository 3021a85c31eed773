package org.wopplatform.persistence.testing;

import java.util.Map;

import org.wopplatform.persistence.database.DemoDataConfiguration;
import org.wopplatform.persistence.database.EmbeddedDatabaseEnvironmentPostProcessor;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points every test application context at the JVM's one {@link TestDatabase}, with the
 * demo data, unless the test names a database itself. Runs before the application's own
 * choice.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		return EmbeddedDatabaseEnvironmentPostProcessor.ORDER - 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		TestDatabase.Connection database = TestDatabase.get();
		EmbeddedDatabaseEnvironmentPostProcessor.useDatabase(environment, "testDatabase", database.url(),
				database.username(), database.password());
		// Every context on the shared test database sees the same migrations, slices
		// included.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testDatabaseMigrations",
					Map.of("spring.flyway.locations", "classpath:db/migration," + DemoDataConfiguration.LOCATION)));
		environment.addActiveProfile(DemoDataConfiguration.PROFILE);
	}

}
