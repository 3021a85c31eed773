package org.wopplatform.domain.partnership;

/** The UN SDG partnership registry's categories of resources. */
public enum ContributionCategory {

	FINANCING, IN_KIND, STAFF_TECHNICAL_EXPERTISE, OTHER

}
