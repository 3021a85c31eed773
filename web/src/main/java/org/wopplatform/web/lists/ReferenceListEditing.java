package org.wopplatform.web.lists;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.reference.ReferenceEntries;
import org.wopplatform.persistence.reference.ReferenceEntries.Entry;
import org.wopplatform.persistence.reference.ReferenceList;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.security.Viewer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, retires and restores the entries of the reference lists: the version the
 * secretariat started from is checked (a stale one is refused with what was missed), and
 * every change is audited field by field under the entry's number.
 */
@Service
@Transactional
class ReferenceListEditing {

	/** The most entries a list page shows; the lists are far smaller. */
	static final int PAGE = 500;

	private final ReferenceEntries entries;

	private final AuditedEdits edits;

	private final AuditTrail audit;

	private final Clock clock;

	ReferenceListEditing(ReferenceEntries entries, AuditedEdits edits, AuditTrail audit, Clock clock) {
		this.entries = entries;
		this.edits = edits;
		this.audit = audit;
		this.clock = clock;
	}

	/** An entry as typed: its names and the values of its list's own fields. */
	record Change(LocalizedText name, Map<String, @Nullable String> values) {
	}

	@Transactional(readOnly = true)
	public ReferenceEntries.Page entries(ReferenceList list) {
		return entries.entries(list, PAGE);
	}

	@Transactional(readOnly = true)
	public Entry entry(ReferenceList list, String code) {
		return entries.entry(list, code).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<AuditTrail.Entry> history(ReferenceList list, String code) {
		return audit.history(Audited.REFERENCE_ENTRY, entry(list, code).id());
	}

	public void add(ReferenceList list, String code, Change change, Viewer viewer) {
		if (!list.open()) {
			throw new NotFoundException();
		}
		if (entries.entry(list, code).isPresent()) {
			throw new FieldProblem("code", "referenceList.code.taken", code);
		}
		entries.add(list, code, change.name(), change.values());
		Entry added = entry(list, code);
		edits.event(viewer.actor(), Audited.REFERENCE_ENTRY, added.id(), added.version(), "CREATE",
				AuditTrail.differences(Map.of(), snapshot(added)));
	}

	public void change(ReferenceList list, String code, Change change, long version, Viewer viewer) {
		Entry before = current(list, code, version);
		if (!entries.change(list, code, version, change.name(), change.values())) {
			throw new OptimisticLockingFailureException("Reference entry " + code + " changed meanwhile");
		}
		record(before, entry(list, code), "UPDATE", viewer);
	}

	/** Retires an entry, or restores it. */
	public void retire(ReferenceList list, String code, long version, boolean retire, Viewer viewer) {
		Entry before = current(list, code, version);
		if (before.retired() == retire) {
			return;
		}
		if (!entries.retire(list, code, version, retire ? clock.instant() : null)) {
			throw new OptimisticLockingFailureException("Reference entry " + code + " changed meanwhile");
		}
		record(before, entry(list, code), retire ? "RETIRE" : "RESTORE", viewer);
	}

	private Entry current(ReferenceList list, String code, long version) {
		Entry entry = entry(list, code);
		StaleEditException.requireVersion(entry.version(), version, audit, Audited.REFERENCE_ENTRY, entry.id());
		return entry;
	}

	private void record(Entry before, Entry after, String action, Viewer viewer) {
		List<AuditTrail.FieldChange> changes = AuditTrail.differences(snapshot(before), snapshot(after));
		if (!changes.isEmpty()) {
			edits.event(viewer.actor(), Audited.REFERENCE_ENTRY, after.id(), after.version(), action, changes);
		}
	}

	/** An entry's fields as the history shows them. */
	static Map<String, @Nullable String> snapshot(Entry entry) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("code", entry.code());
		fields.put("nameEn", entry.name().en());
		fields.put("nameFr", entry.name().fr());
		fields.put("nameEs", entry.name().es());
		fields.putAll(entry.values());
		fields.put("retired", String.valueOf(entry.retired()));
		return fields;
	}

}
