package org.wopplatform.persistence.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.partnership.Side;

/**
 * One partnership as a list row: who mentors whom, where, when, in what state, on what
 * themes. Start and end are the actual dates where known, else the planned ones.
 */
public record PartnershipSummary(long id, String referenceCode, String title, PartnershipKind kind,
		PartnershipStatus status, @Nullable PartialDate start, @Nullable PartialDate end, List<PartyName> parties,
		List<LocalizedText> workingAreas) {

	public List<PartyName> mentors() {
		return onSide(Side.MENTOR);
	}

	public List<PartyName> mentees() {
		return onSide(Side.MENTEE);
	}

	/** Partners of a NETWORK, or supporting organisations and funders of a WOP. */
	public List<PartyName> others() {
		return onSide(Side.OTHER);
	}

	/**
	 * The roles an organisation has in this partnership (lead mentor, mentee, funder...),
	 * mentor side first: what a utility's page says of each of its partnerships.
	 */
	public List<PartnerRole> rolesOf(long organisationId) {
		return parties.stream()
			.filter(p -> p.organisationId() == organisationId)
			.map(PartyName::role)
			.distinct()
			.sorted(java.util.Comparator.comparing(PartnerRole::side))
			.toList();
	}

	private List<PartyName> onSide(Side side) {
		return parties.stream().filter(p -> p.role().side() == side).toList();
	}

	/** The distinct countries of the participants, mentor side first, by ISO code. */
	public List<LocalizedText> countries() {
		Map<String, LocalizedText> countries = new LinkedHashMap<>();
		for (PartyName party : parties) {
			if (party.countryCode() != null) {
				countries.putIfAbsent(party.countryCode(), Objects.requireNonNull(party.countryName()));
			}
		}
		return List.copyOf(countries.values());
	}

}
