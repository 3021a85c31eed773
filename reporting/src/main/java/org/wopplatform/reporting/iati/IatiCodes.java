package org.wopplatform.reporting.iati;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipStatus;

/**
 * How the platform's codes become IATI 2.03 codes. Each table is a decision written down
 * once; the README repeats them for publishers.
 */
final class IatiCodes {

	/**
	 * ActivityStatus codelist: the platform's statuses follow the IATI lifecycle one to
	 * one.
	 */
	static String activityStatus(PartnershipStatus status) {
		return switch (status) {
			case PIPELINE -> "1";
			case IMPLEMENTATION -> "2";
			case FINALISATION -> "3";
			case CLOSED -> "4";
			case CANCELLED -> "5";
			case SUSPENDED -> "6";
		};
	}

	/**
	 * OrganisationRole codelist (1 Funding, 2 Accountable, 3 Extending, 4 Implementing).
	 * Mentors and mentees both carry out a WOP (it builds the mentee's own capacity, it
	 * is not done for it), as do supporting and technical partners and a network's
	 * partners: Implementing. Funders: Funding. Brokers, facilitators and political
	 * supporters oversee rather than carry out: Accountable. Extending (managing a
	 * funder's money on its behalf) is not a role the platform records.
	 */
	static String organisationRole(PartnerRole role) {
		return switch (role) {
			case FUNDER -> "1";
			case BROKER, FACILITATOR, POLITICAL_SUPPORT -> "2";
			default -> "4";
		};
	}

	/**
	 * OrganisationType codelist, only where the platform's type says it without doubt: a
	 * utility may be public or private, an association national or international.
	 */
	static Optional<String> organisationType(String type) {
		return Optional.ofNullable(switch (type) {
			case "GOVERNMENT" -> "10";
			case "COMPANY" -> "70";
			case "RESEARCH" -> "80";
			default -> null;
		});
	}

	/**
	 * DAC 5-digit purpose codes (sector vocabulary 1) of GWOPA's working areas. Working
	 * on the utility as an institution (finance, customers, people, governance, IT,
	 * planning) is "institutional capacity development" of 14010; work on the networks
	 * and plants goes to the water (14021), sanitation (14022) or both (14020) large
	 * systems; low-income services to basic supply and sanitation (14030, 14032); demand
	 * management to water-resources conservation (14015). "Other" has no code.
	 */
	static final Map<String, String> SECTOR_OF_WORKING_AREA = Map.ofEntries(Map.entry("NRW", "14021"),
			Map.entry("DRINKING_WATER_QUALITY", "14021"), Map.entry("WATER_SUPPLY_EXTENSION", "14021"),
			Map.entry("WASTEWATER", "14022"), Map.entry("OPERATION_MAINTENANCE", "14020"),
			Map.entry("ASSET_MGMT", "14020"), Map.entry("ENERGY_EFFICIENCY", "14020"),
			Map.entry("CLIMATE_RESILIENCE", "14020"), Map.entry("LOW_INCOME_AREAS", "14030"),
			Map.entry("SANITATION_HYGIENE", "14032"), Map.entry("WATER_DEMAND_MGMT", "14015"),
			Map.entry("CATCHMENT_IWRM", "14010"), Map.entry("BILLING_COLLECTION", "14010"),
			Map.entry("BUSINESS_PLANNING", "14010"), Map.entry("CUSTOMER_SERVICE", "14010"),
			Map.entry("FINANCIAL_MGMT", "14010"), Map.entry("HR_ORG_DEVELOPMENT", "14010"),
			Map.entry("GOVERNANCE_INSTITUTIONS", "14010"), Map.entry("INFORMATION_TECHNOLOGY", "14010"),
			Map.entry("POLICY_LEGAL", "14010"), Map.entry("PARTNERSHIP_MGMT", "14010"),
			Map.entry("INVESTMENT_PROJECTS", "14010"), Map.entry("SOCIAL_INCLUSION_GENDER", "14010"),
			Map.entry("GENDER_MAINSTREAMING", "14010"));

	/** The sectors of a partnership's working areas, each area weighing the same. */
	static Map<String, BigDecimal> sectors(List<String> workingAreas) {
		return shares(workingAreas.stream()
			.filter(SECTOR_OF_WORKING_AREA::containsKey)
			.map(SECTOR_OF_WORKING_AREA::get)
			.toList());
	}

	/**
	 * Percentages of each distinct code by how often it occurs, two decimals, summing to
	 * exactly 100 (IATI asks that when a vocabulary has more than one code): hundredths
	 * are rounded down, and those left over go to the largest remainders. The largest
	 * share comes first.
	 */
	static Map<String, BigDecimal> shares(List<String> codes) {
		Map<String, Integer> counts = new TreeMap<>();
		codes.forEach(code -> counts.merge(code, 1, Integer::sum));
		List<String> order = counts.keySet()
			.stream()
			.sorted(Comparator.comparing(counts::get, Comparator.reverseOrder()))
			.toList();
		Map<String, Long> hundredths = new LinkedHashMap<>();
		order.forEach(code -> hundredths.put(code, 10_000L * counts.get(code) / codes.size()));
		long left = codes.isEmpty() ? 0 : 10_000L - hundredths.values().stream().mapToLong(Long::longValue).sum();
		order.stream()
			.sorted(Comparator.comparing((String code) -> 10_000L * counts.get(code) % codes.size(),
					Comparator.reverseOrder()))
			.limit(left)
			.forEach(code -> hundredths.merge(code, 1L, Long::sum));
		Map<String, BigDecimal> shares = new LinkedHashMap<>();
		hundredths.forEach((code, value) -> shares.put(code, BigDecimal.valueOf(value, 2)));
		return shares;
	}

	private IatiCodes() {
	}

}
