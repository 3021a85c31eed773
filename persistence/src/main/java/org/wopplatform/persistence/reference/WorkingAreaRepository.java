package org.wopplatform.persistence.reference;

import org.wopplatform.domain.reference.WorkingArea;

import org.springframework.data.jpa.repository.JpaRepository;

/** GWOPA working areas. */
public interface WorkingAreaRepository extends JpaRepository<WorkingArea, String> {

}
