package org.wopplatform.persistence.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * A decimal number as stored, or an amount with its currency ("USD 250000.50"); not
	 * one with leading zeros, which a code might have.
	 */
	private static final Pattern NUMBER = Pattern.compile("([A-Z]{3} )?(-?(?:0|[1-9]\\d*)(?:\\.\\d+)?)");

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
	 * The fields whose value differs between two snapshots of a record (field name to
	 * value as text); the order of {@code after} is kept. Two numbers that are equal are
	 * the same value however they are written ("38.5000" and "38.5"), so that a save that
	 * changes nothing records nothing.
	 */
	public static List<FieldChange> differences(Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		List<FieldChange> changes = new ArrayList<>();
		Map<String, @Nullable String> all = new LinkedHashMap<>(after);
		before.keySet().forEach(k -> all.putIfAbsent(k, null));
		for (String field : all.keySet()) {
			String old = before.get(field);
			String now = after.get(field);
			if (!same(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		if (Objects.equals(a, b) || (a == null || a.isEmpty()) && (b == null || b.isEmpty())) {
			return true;
		}
		if (a == null || b == null) {
			return false;
		}
		Matcher one = NUMBER.matcher(a);
		Matcher other = NUMBER.matcher(b);
		return one.matches() && other.matches() && Objects.equals(one.group(1), other.group(1))
				&& new BigDecimal(one.group(2)).compareTo(new BigDecimal(other.group(2))) == 0;
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
