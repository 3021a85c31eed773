package org.wopplatform.web.partnership;

/**
 * The parts of a partnership's editor, each its own page with its own forms: the tabs of
 * the editor, in the order they are shown. The work plan has its own pages already; its
 * tab leads there.
 */
public enum EditSection {

	DETAILS("details"), PARTICIPANTS("participants"), MONEY("money"), WORKPLAN("workplan"), FRAMEWORK("framework"),
	CLASSIFICATION("classification"), STATUS("status");

	private final String slug;

	EditSection(String slug) {
		this.slug = slug;
	}

	/** The section's name in addresses and in the {@code data-section} of its tab. */
	public String slug() {
		return slug;
	}

	/** The message key of the section's name. */
	public String titleKey() {
		return "partnership.edit.section." + slug;
	}

	/** The message key of the confirmation shown after a change in this section. */
	public String savedKey() {
		return "partnership.edit.saved." + slug;
	}

	/** Where the section is edited. */
	public String path(long partnershipId) {
		return this == WORKPLAN ? "/partnerships/" + partnershipId + "/work-plan"
				: "/partnerships/" + partnershipId + "/edit/" + slug;
	}

}
