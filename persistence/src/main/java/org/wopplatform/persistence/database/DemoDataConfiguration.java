package org.wopplatform.persistence.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With the {@code demo} profile, Flyway also applies the demo-data migrations of
 * {@code db/demo} (real, publicly documented WOPs and one account per role). Being
 * migrations, they run once per database and never again, however often the application
 * restarts.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoDataConfiguration.PROFILE)
public class DemoDataConfiguration {

	public static final String PROFILE = "demo";

	public static final String LOCATION = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoDataLocation() {
		return configuration -> {
			List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
			Location demo = new Location(LOCATION);
			if (locations.stream().noneMatch(l -> l.getDescriptor().equals(demo.getDescriptor()))) {
				locations.add(demo);
			}
			configuration.locations(locations.toArray(Location[]::new));
		};
	}

}
