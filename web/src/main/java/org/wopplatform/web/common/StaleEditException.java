package org.wopplatform.web.common;

import java.util.List;

import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;

/**
 * Someone else changed the record after the person opened the form: nothing is saved; the
 * form comes back with what they typed, the changes they missed and the current version.
 */
public class StaleEditException extends RuntimeException {

	private final List<AuditTrail.Entry> missed;

	private final long currentVersion;

	public StaleEditException(List<AuditTrail.Entry> missed, long currentVersion) {
		super("Stale edit", null, false, false);
		this.missed = missed;
		this.currentVersion = currentVersion;
	}

	/**
	 * Refuses a change started from {@code submitted} when the record is now at
	 * {@code current}, listing the audited changes made since.
	 */
	public static void requireVersion(long current, long submitted, AuditTrail audit, Audited kind, long entityId) {
		if (current != submitted) {
			throw new StaleEditException(audit.changesSince(kind, entityId, submitted), current);
		}
	}

	public List<AuditTrail.Entry> missed() {
		return missed;
	}

	public long currentVersion() {
		return currentVersion;
	}

}
