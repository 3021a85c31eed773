package org.wopplatform.persistence.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.audit.AuditEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. A change is recorded as the fields that changed, each
 * with its old and new value as text, in the same transaction as the change itself.
 */
@Component
public class AuditTrail {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	private final AuditEventRepository events;

	AuditTrail(AuditEventRepository events, Clock clock) {
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Who did it: the account id (empty for the system) and the name shown in the
	 * history.
	 */
	public record Actor(@Nullable Long id, String name) {
	}

	public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
	}

	public record Entry(Instant occurredAt, String actorName, String action, @Nullable Long entityVersion,
			List<FieldChange> changes) {
	}

	/**
	 * The fields whose text differs between two snapshots of a record (field name to
	 * value as text); the order of {@code after} is kept.
	 */
	public static List<FieldChange> differences(Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		List<FieldChange> changes = new ArrayList<>();
		Map<String, @Nullable String> all = new LinkedHashMap<>(after);
		before.keySet().forEach(k -> all.putIfAbsent(k, null));
		for (String field : all.keySet()) {
			String old = before.get(field);
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, Audited kind, long entityId, @Nullable Long entityVersion, String action,
			List<FieldChange> changes) {
		ObjectNode document = json.createObjectNode();
		for (FieldChange change : changes) {
			ObjectNode values = document.putObject(change.field());
			values.put("old", change.oldValue());
			values.put("new", change.newValue());
		}
		String name = actor.name().length() > 254 ? actor.name().substring(0, 253) + "…" : actor.name();
		events.saveAndFlush(new AuditEvent(clock.instant(), actor.id(), name, kind.entityType(), entityId,
				entityVersion, action, json.writeValueAsString(document)));
	}

	/** The history of one record, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> history(Audited kind, long entityId) {
		String entityType = kind.entityType();
		return events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId)
			.stream()
			.map(AuditTrail::entry)
			.toList();
	}

	/**
	 * The changes made to a record after the given version, oldest first (what a stale
	 * edit missed).
	 */
	@Transactional(readOnly = true)
	public List<Entry> changesSince(Audited kind, long entityId, long version) {
		String entityType = kind.entityType();
		return events
			.findByEntityTypeAndEntityIdAndEntityVersionGreaterThanOrderByEntityVersion(entityType, entityId, version)
			.stream()
			.map(AuditTrail::entry)
			.toList();
	}

	private static Entry entry(AuditEvent event) {
		List<FieldChange> changes = new ArrayList<>();
		JsonNode document = json.readTree(event.changesJson());
		for (Map.Entry<String, JsonNode> field : document.properties()) {
			changes.add(new FieldChange(field.getKey(), text(field.getValue().get("old")),
					text(field.getValue().get("new"))));
		}
		return new Entry(event.occurredAt(), event.actorName(), event.action(), event.entityVersion(), changes);
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
