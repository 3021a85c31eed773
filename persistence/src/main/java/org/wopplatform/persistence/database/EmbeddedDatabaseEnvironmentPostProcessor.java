package org.wopplatform.persistence.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it: with {@code spring.datasource.url}
 * (for example from SPRING_DATASOURCE_URL) that server is used as it is; without it, an
 * embedded PostgreSQL is started on {@code wop.database.data-directory} (default
 * {@code ./data/pg}) and the {@code demo} profile is switched on unless
 * {@code wop.demo=false}.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** After the configuration files are read, so that their settings count. */
	public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	static final String DEFAULT_DATA_DIRECTORY = "./data/pg";

	private final Log log;

	public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			log.info("Using the PostgreSQL database at " + environment.getProperty("spring.datasource.url"));
			return;
		}
		Path dataDirectory = Path.of(environment.getProperty("wop.database.data-directory", DEFAULT_DATA_DIRECTORY));
		int port = environment.getProperty("wop.database.port", Integer.class, 0);
		String url = EmbeddedPostgresServer.start(dataDirectory, port, true, log);
		useDatabase(environment, "embeddedPostgres", url, EmbeddedPostgresServer.USER, "");
		if (environment.getProperty("wop.demo", Boolean.class, true)) {
			environment.addActiveProfile(DemoDataConfiguration.PROFILE);
		}
	}

	/** Points the data source at the given embedded or test database. */
	public static void useDatabase(ConfigurableEnvironment environment, String sourceName, String url, String username,
			String password) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", username);
		properties.put("spring.datasource.password", password);
		environment.getPropertySources().addFirst(new MapPropertySource(sourceName, properties));
	}

}
