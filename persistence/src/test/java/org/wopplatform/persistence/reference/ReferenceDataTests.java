package org.wopplatform.persistence.reference;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The reference lists are read again after a change on a connection of their own: pages
 * that hold every connection of the pool while they wait for the lists (a record names
 * its countries as its rows are read) are answered, where before they all waited the
 * pool's 30 s and failed.
 */
@SpringBootTest
class ReferenceDataTests {

	@Autowired
	private ReferenceData reference;

	@Autowired
	private DataSource dataSource;

	@Test
	void listsAreReadAgainWhileEveryPooledConnectionIsInUse() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				held.add(dataSource.getConnection());
			}
			assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();
			reference.refresh();
			String kenia = assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> reference.country("KE").orElseThrow().name().in(Locale.forLanguageTag("es")));
			assertThat(kenia).isEqualTo("Kenia");
			assertThat(reference.workingArea("NRW")).isPresent();
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

}
