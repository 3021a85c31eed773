package org.wopplatform.persistence.database;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.PersistenceTestApplication;
import org.wopplatform.persistence.partnership.PartnershipRepository;
import org.wopplatform.persistence.testing.TestDatabase;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations build a working schema from an empty database, the JPA mapping matches it,
 * and the demo data goes in once however often the application starts.
 */
class MigrationTests {

	private static final String SCHEMA = "classpath:db/migration";

	/** A new, empty database on the test server. */
	private static String emptyDatabase() {
		TestDatabase.Connection server = TestDatabase.get();
		String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
		client(server.url()).sql("create database " + name).update();
		return server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	private static JdbcClient client(String url) {
		TestDatabase.Connection server = TestDatabase.get();
		return JdbcClient
			.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, server.username(), server.password()));
	}

	private static MigrateResult migrate(String url, String... locations) {
		TestDatabase.Connection server = TestDatabase.get();
		return Flyway.configure()
			.dataSource(url, server.username(), server.password())
			.locations(locations)
			.load()
			.migrate();
	}

	private static ConfigurableApplicationContext startApplication(String url, String... profiles) {
		TestDatabase.Connection server = TestDatabase.get();
		return new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE)
			.profiles(profiles)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + server.username(),
					"--spring.datasource.password=" + server.password());
	}

	private static long count(String url, String table) {
		return client(url).sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void anEmptyDatabaseGetsTheSchemaAndReferenceDataAndTheMappingValidates() {
		String url = emptyDatabase();

		MigrateResult result = migrate(url, SCHEMA);

		assertThat(result.success).isTrue();
		assertThat(count(url, "country")).isEqualTo(249);
		assertThat(count(url, "sdg_goal")).isEqualTo(17);
		assertThat(client(url).sql("select count(*) from sdg_target where goal_code = ?")
			.param(6)
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(count(url, "sdg_target")).isEqualTo(37);
		assertThat(count(url, "working_area")).isEqualTo(25);
		assertThat(count(url, "kpi")).isEqualTo(49);
		assertThat(count(url, "partner_role")).isEqualTo(15);
		assertThat(count(url, "regional_platform")).isEqualTo(12);
		assertThat(count(url, "funding_programme")).isEqualTo(5);
		assertThat(count(url, "capacity_dimension")).isEqualTo(14);
		assertThat(count(url, "practice_dimension")).isEqualTo(8);
		assertThat(count(url, "capacity_contribution")).isEqualTo(3);
		assertThat(count(url, "partnership")).isZero();
		// Hibernate validates every entity against this schema while the context starts.
		try (ConfigurableApplicationContext context = startApplication(url)) {
			assertThat(context.getBean(PartnershipRepository.class).count()).isZero();
		}
	}

	@Test
	void demoDataLoadsOnceAcrossRestarts() {
		String url = emptyDatabase();

		try (ConfigurableApplicationContext first = startApplication(url, DemoDataConfiguration.PROFILE)) {
			assertThat(first.getBean(PartnershipRepository.class).count()).isEqualTo(25);
		}
		long participants = count(url, "participant");
		long accounts = count(url, "user_account");
		try (ConfigurableApplicationContext second = startApplication(url, DemoDataConfiguration.PROFILE)) {
			assertThat(second.getBean(PartnershipRepository.class).count()).isEqualTo(25);
		}
		MigrateResult again = migrate(url, SCHEMA, DemoDataConfiguration.LOCATION);

		assertThat(again.migrationsExecuted).isZero();
		assertThat(count(url, "partnership")).isEqualTo(25);
		assertThat(count(url, "participant")).isEqualTo(participants).isEqualTo(69);
		assertThat(count(url, "user_account")).isEqualTo(accounts).isEqualTo(5);
	}

	@Test
	void aDatabaseStartedWithoutDemoDataStaysWithoutIt() {
		String url = emptyDatabase();

		try (ConfigurableApplicationContext context = startApplication(url)) {
			assertThat(context.getBean(PartnershipRepository.class).count()).isZero();
		}
		assertThat(count(url, "user_account")).isZero();
	}

}
