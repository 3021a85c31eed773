package org.wopplatform.persistence.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data, loaded by SQL, keeps the rules the domain enforces on everything else.
 */
@SpringBootTest
@Transactional
class DemoDataTests {

	@Autowired
	private PartnershipRepository partnerships;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyDemoPartnershipKeepsTheDomainRules() {
		List<Partnership> all = partnerships.findAll();

		assertThat(all).hasSize(25);
		assertThat(all).allSatisfy(p -> assertThat(p.ruleViolations()).as(p.referenceCode()).isEmpty());
		assertThat(all).filteredOn(p -> p.kind() == PartnershipKind.WOP).hasSize(24);
	}

	@Test
	void everyDemoRecordNamesItsSources() {
		assertThat(jdbc.sql("select count(*) from partnership where sources is null or sources = ''")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from organisation where sources is null or sources = ''")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFourStoriesOfThe2024AnnualReportAreThere() {
		assertThat(jdbc.sql(
				"select reference_code from partnership where implementation_notes like '%2024 GWOPA annual report%' order by id")
			.query(String.class)
			.list()).containsExactly("WWX-VEI-NAKURU", "WWX-VEI-MWAUWASA", "WWX-WWN-SOMAGEP", "WWX-VEI-NWSC");
	}

}
