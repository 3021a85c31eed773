package org.wopplatform.persistence.audit;

import java.util.List;

import org.wopplatform.domain.audit.AuditEvent;

import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events, newest first per record. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtDesc(String entityType, long entityId);

}
