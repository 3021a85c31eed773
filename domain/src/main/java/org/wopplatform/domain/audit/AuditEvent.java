package org.wopplatform.domain.audit;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One change to audited data: who (account id and name at the time), when, which record,
 * what action, and the changed fields as a JSON object {@code {"field": {"old": ..,
 * "new": ..}}}. Written once, never changed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
	@SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
	private @Nullable Long id;

	private Instant occurredAt;

	@Column(name = "actor_id")
	private @Nullable Long actorId;

	private String actorName;

	private String entityType;

	private Long entityId;

	private String action;

	private String changes;

	@Column(name = "entity_version")
	private @Nullable Long entityVersion;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, @Nullable Long actorId, String actorName, String entityType, long entityId,
			@Nullable Long entityVersion, String action, String changesJson) {
		this(occurredAt, actorId, actorName, entityType, entityId, action, changesJson);
		this.entityVersion = entityVersion;
	}

	public AuditEvent(Instant occurredAt, @Nullable Long actorId, String actorName, String entityType, long entityId,
			String action, String changesJson) {
		this.occurredAt = Objects.requireNonNull(occurredAt);
		this.actorId = actorId;
		this.actorName = Objects.requireNonNull(actorName);
		this.entityType = Objects.requireNonNull(entityType);
		this.entityId = entityId;
		this.action = Objects.requireNonNull(action);
		this.changes = Objects.requireNonNull(changesJson);
	}

	public @Nullable Long id() {
		return id;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public @Nullable Long actorId() {
		return actorId;
	}

	public String actorName() {
		return actorName;
	}

	public String entityType() {
		return entityType;
	}

	public long entityId() {
		return entityId;
	}

	public String action() {
		return action;
	}

	/** The version of the record this change produced, where the record is versioned. */
	public @Nullable Long entityVersion() {
		return entityVersion;
	}

	public String changesJson() {
		return changes;
	}

}
