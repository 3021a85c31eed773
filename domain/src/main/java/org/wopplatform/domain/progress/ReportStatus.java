package org.wopplatform.domain.progress;

/**
 * Where a progress report stands: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED.
 * An approved report is locked; a correction is a new revision, and when that is approved
 * the older one becomes SUPERSEDED. Only APPROVED values count in figures.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED, SUPERSEDED;

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
