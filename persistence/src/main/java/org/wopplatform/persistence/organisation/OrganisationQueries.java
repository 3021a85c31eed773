package org.wopplatform.persistence.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.organisation.Organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of organisations: a filtered page of them (two statements), or one with its
 * country (one statement). Organisations are public facts; which of their partnerships
 * show is scoped elsewhere, and the partnership counts here are of published partnerships
 * only.
 */
@Repository
@Transactional(readOnly = true)
public class OrganisationQueries {

	@PersistenceContext
	private EntityManager entityManager;

	public Page<OrganisationSummary> search(@Nullable String text, @Nullable String country, Pageable pageable) {
		String where = " where (:text = '' or lower(o.name) like :text or lower(o.acronym) like :text)"
				+ " and (:country = '' or c.code = :country)";
		String text2 = text == null || text.isBlank() ? ""
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		String country2 = country == null ? "" : country;
		long total = entityManager
			.createQuery("select count(o) from Organisation o left join o.country c" + where, Long.class)
			.setParameter("text", text2)
			.setParameter("country", country2)
			.getSingleResult();
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		TypedQuery<OrganisationSummary> page = entityManager.createQuery(
				"""
						select new org.wopplatform.persistence.organisation.OrganisationSummary(o.id, o.name, o.acronym, o.type,
						  c.code, o.city,
						  (select count(distinct px.partnership.id) from Participant px where px.organisation = o and px.partnership.published = true))
						from Organisation o left join o.country c"""
						+ where + " order by lower(o.name), o.id",
				OrganisationSummary.class);
		List<OrganisationSummary> rows = page.setParameter("text", text2)
			.setParameter("country", country2)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(rows, pageable, total);
	}

	public Optional<Organisation> find(long id) {
		return entityManager
			.createQuery("select o from Organisation o left join fetch o.country where o.id = :id", Organisation.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst();
	}

	/**
	 * All organisations by name, for choosing participants (id and display name only).
	 */
	public List<OrganisationSummary> choices() {
		return entityManager.createQuery("""
				select new org.wopplatform.persistence.organisation.OrganisationSummary(o.id, o.name, o.acronym, o.type,
				  c.code, o.city, 0L)
				from Organisation o left join o.country c order by lower(o.name), o.id""", OrganisationSummary.class)
			.getResultList();
	}

}
