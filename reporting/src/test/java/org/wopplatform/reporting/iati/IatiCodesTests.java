package org.wopplatform.reporting.iati;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables that turn the platform's codes into IATI codes. */
class IatiCodesTests {

	@Test
	void statusesFollowTheIatiActivityStatusCodelist() {
		assertThat(List.of(PartnershipStatus.values()).stream().map(IatiCodes::activityStatus)).containsExactly("1",
				"2", "3", "4", "5", "6");
	}

	@Test
	void mentorsAndMenteesImplementFundersFundBrokersAreAccountable() {
		for (PartnerRole role : PartnerRole.values()) {
			String expected = switch (role) {
				case FUNDER -> "1";
				case BROKER, FACILITATOR, POLITICAL_SUPPORT -> "2";
				default -> "4";
			};
			assertThat(IatiCodes.organisationRole(role)).as(role.name()).isEqualTo(expected);
		}
		assertThat(IatiCodes.organisationRole(PartnerRole.LEAD_MENTOR)).isEqualTo("4");
		assertThat(IatiCodes.organisationRole(PartnerRole.LEAD_MENTEE)).isEqualTo("4");
	}

	@Test
	void everyWorkingAreaButOtherHasAWaterSectorCode() throws IOException {
		String migration = Files
			.readString(Path.of("../db/migrations/V202611231132__insert_working_areas_kpis_roles_platforms.sql"));
		String areas = migration.substring(migration.indexOf("insert into working_area"),
				migration.indexOf(";", migration.indexOf("insert into working_area")));
		Matcher code = Pattern.compile("\\('([A-Z0-9_]+)', \\d+,").matcher(areas);
		List<String> codes = code.results().map(m -> m.group(1)).toList();

		assertThat(codes).hasSizeGreaterThan(20);
		assertThat(IatiCodes.SECTOR_OF_WORKING_AREA.keySet())
			.containsExactlyInAnyOrderElementsOf(codes.stream().filter(c -> !c.equals("OTHER")).toList());
		assertThat(IatiCodes.SECTOR_OF_WORKING_AREA.values())
			.allSatisfy(sector -> assertThat(sector).matches("140\\d\\d"));
	}

	@Test
	void sharesAddUpToExactlyAHundredLargestFirst() {
		assertThat(IatiCodes.shares(List.of("B", "A", "C"))).containsExactly(
				java.util.Map.entry("A", new BigDecimal("33.34")), java.util.Map.entry("B", new BigDecimal("33.33")),
				java.util.Map.entry("C", new BigDecimal("33.33")));
		assertThat(IatiCodes.sectors(List.of("NRW", "CUSTOMER_SERVICE", "WATER_SUPPLY_EXTENSION", "OTHER")))
			.containsExactly(java.util.Map.entry("14021", new BigDecimal("66.67")),
					java.util.Map.entry("14010", new BigDecimal("33.33")));
		assertThat(IatiCodes.shares(List.of("A", "A", "A", "B", "C", "D")).values()).containsExactly(
				new BigDecimal("50.00"), new BigDecimal("16.67"), new BigDecimal("16.67"), new BigDecimal("16.66"));
		assertThat(IatiCodes.shares(List.of())).isEmpty();
	}

}
