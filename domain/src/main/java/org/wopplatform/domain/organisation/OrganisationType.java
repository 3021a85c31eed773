package org.wopplatform.domain.organisation;

/** What kind of body an organisation is; only utilities carry service facts. */
public enum OrganisationType {

	UTILITY, ASSOCIATION, FUNDER, SUPPORT_ORGANISATION, REGIONAL_PLATFORM, GOVERNMENT, RESEARCH, COMPANY, OTHER

}
