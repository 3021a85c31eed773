package org.wopplatform.persistence.partnership;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.partnership.PartnerRole;

/**
 * An organisation as a list shows it: name, acronym, country and its role in the
 * partnership.
 */
public record PartyName(long organisationId, String name, @Nullable String acronym, @Nullable String countryCode,
		@Nullable LocalizedText countryName, PartnerRole role) {

	/** The acronym where there is one (as lists usually show), else the name. */
	public String shortName() {
		return acronym != null ? acronym : name;
	}

}
