package org.wopplatform.persistence.organisation;

import org.wopplatform.domain.organisation.Organisation;

import org.springframework.data.jpa.repository.JpaRepository;

/** Organisations as aggregates. */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

}
