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

	/**
	 * A partnership's SDG targets come in the list's order (goal, then target), each
	 * once, unknown codes left out, as when they were picked from the whole list.
	 */
	@Test
	void targetsAndWorkingAreasAreFoundByCodeAndPutInTheListsOrder() {
		List<String> all = reference.targets().stream().map(ReferenceData.TargetRef::code).toList();
		assertThat(all).hasSizeGreaterThan(20);
		java.util.Random random = new java.util.Random(3);
		for (int round = 0; round < 200; round++) {
			List<String> codes = new ArrayList<>();
			for (int i = random.nextInt(6); i > 0; i--) {
				codes.add(random.nextInt(10) == 0 ? "99.z" : all.get(random.nextInt(all.size())));
			}
			if (!codes.isEmpty() && random.nextBoolean()) {
				codes.add(codes.get(0));
			}
			assertThat(reference.targetsInOrder(codes)).extracting(ReferenceData.TargetRef::code)
				.as("%s", codes)
				.containsExactlyElementsOf(all.stream().filter(codes::contains).toList());
		}
		for (String code : all) {
			assertThat(reference.target(code).orElseThrow().code()).isEqualTo(code);
		}
		assertThat(reference.target("99.z")).isEmpty();
		// working areas the same way
		List<String> areas = reference.workingAreas().stream().map(ReferenceData.WorkingAreaRef::code).toList();
		for (int round = 0; round < 200; round++) {
			List<String> codes = new ArrayList<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				codes.add(random.nextInt(10) == 0 ? "NO_SUCH_AREA" : areas.get(random.nextInt(areas.size())));
			}
			assertThat(reference.workingAreasInOrder(codes.toArray(String[]::new)))
				.extracting(ReferenceData.WorkingAreaRef::code)
				.as("%s", codes)
				.containsExactlyElementsOf(areas.stream().filter(codes::contains).toList());
		}
		for (String code : areas) {
			assertThat(reference.workingArea(code).orElseThrow().code()).isEqualTo(code);
		}
		assertThat(reference.workingArea("NO_SUCH_AREA")).isEmpty();
		assertThat(reference.targetsInOrder(List.of("11.1", "6.1"))).extracting(ReferenceData.TargetRef::code)
			.containsExactly("6.1", "11.1");
	}

}
