package org.wopplatform.persistence.audit;

import java.util.List;

import org.wopplatform.domain.audit.AuditEvent;

import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events of one record. */
interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, long entityId);

	List<AuditEvent> findByEntityTypeAndEntityIdAndEntityVersionGreaterThanOrderByEntityVersion(String entityType,
			long entityId, long entityVersion);

}
