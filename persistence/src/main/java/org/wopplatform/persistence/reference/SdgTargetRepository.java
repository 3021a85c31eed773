package org.wopplatform.persistence.reference;

import org.wopplatform.domain.reference.SdgTarget;

import org.springframework.data.jpa.repository.JpaRepository;

/** SDG targets of goals 6, 11 and 17. */
public interface SdgTargetRepository extends JpaRepository<SdgTarget, String> {

}
