package org.wopplatform.persistence.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad database configuration stops start-up with a clear description and action. */
class EmbeddedDatabaseStartupTests {

	private final EmbeddedDatabaseEnvironmentPostProcessor postProcessor = new EmbeddedDatabaseEnvironmentPostProcessor(
			java.util.function.Supplier::get);

	@Test
	void aDataDirectoryThatCannotBeCreatedIsReportedWithWhatToDo(@TempDir Path temp) throws Exception {
		Path aFile = Files.createFile(temp.resolve("not-a-directory"));
		MockEnvironment environment = new MockEnvironment().withProperty("wop.database.data-directory",
				aFile.resolve("pg").toString());

		DatabaseStartupException failure = catchThrowableOfType(DatabaseStartupException.class,
				() -> postProcessor.postProcessEnvironment(environment, new SpringApplication()));
		FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(environment)
			.analyze(new IllegalStateException(failure));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("data directory").contains(aFile.resolve("pg").toString());
		assertThat(analysis.getAction()).contains("wop.database.data-directory");
	}

	@Test
	void anExternalDatabaseIsUsedAsGivenWithoutStartingAnEmbeddedOne() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example.org/wop");

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.org/wop");
		assertThat(environment.getActiveProfiles()).doesNotContain(DemoDataConfiguration.PROFILE);
	}

	@Test
	void anUnreachableServerIsReportedWithItsUrl() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:1/wop");
		Exception refused = new IllegalStateException("Failed to initialize dependency 'flyway'",
				new org.postgresql.util.PSQLException("Connection to 127.0.0.1:1 refused.",
						org.postgresql.util.PSQLState.CONNECTION_UNABLE_TO_CONNECT));

		FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(environment).analyze(refused);

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://127.0.0.1:1/wop").contains("refused");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(new DatabaseStartupFailureAnalyzer(new MockEnvironment()).analyze(new IllegalStateException("x")))
			.isNull();
	}

}
