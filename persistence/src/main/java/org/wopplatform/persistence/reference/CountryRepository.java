package org.wopplatform.persistence.reference;

import org.wopplatform.domain.reference.Country;

import org.springframework.data.jpa.repository.JpaRepository;

/** ISO 3166-1 countries. */
public interface CountryRepository extends JpaRepository<Country, String> {

}
