package org.wopplatform.web.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.audit.Audited;

import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audited-edit step a change to a record takes: the version the person started
 * from is checked (a stale one is refused with the changes they missed), the record is
 * snapshotted, the change applied (a broken rule of the field becomes a problem next to
 * the field the caller names), flushed, and the audit event written with each field that
 * changed (none when nothing did). A change that touches only rows of the record's lists
 * still moves its version, so that two people cannot add conflicting rows unnoticed.
 */
@Component
public class AuditedEdits {

	/**
	 * A kind of audited record: its name in the trail, its id, version and fields as
	 * text.
	 */
	public record Kind<E>(Audited audited, ToLongFunction<E> id, ToLongFunction<E> version,
			Function<E, Map<String, @Nullable String>> snapshot) {
	}

	/**
	 * Translates as Spring Data's repositories do (Hibernate's own exceptions included).
	 */
	private static final HibernateJpaDialect HIBERNATE = new HibernateJpaDialect();

	private final AuditTrail audit;

	@PersistenceContext
	private @Nullable EntityManager entityManager;

	AuditedEdits(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * Brings a new record in, inside the caller's transaction: stored, and its creation
	 * audited with every field it starts with.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E> E create(Kind<E> kind, E record, AuditTrail.Actor actor) {
		EntityManager em = Objects.requireNonNull(entityManager);
		try {
			em.persist(record);
			em.flush();
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
		audit.record(actor, kind.audited(), kind.id().applyAsLong(record), kind.version().applyAsLong(record), "CREATE",
				AuditTrail.differences(Map.of(), kind.snapshot().apply(record)));
		return record;
	}

	/**
	 * Changes a managed record, inside the caller's transaction, and returns it.
	 * @param seenVersion the version the person's form was opened at
	 * @param problem where a broken rule of the field is shown
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E> E edit(Kind<E> kind, E record, long seenVersion, AuditTrail.Actor actor, String action,
			Consumer<E> change, Function<DomainRuleViolation, FieldProblem> problem) {
		long id = kind.id().applyAsLong(record);
		StaleEditException.requireVersion(kind.version().applyAsLong(record), seenVersion, audit, kind.audited(), id);
		Map<String, @Nullable String> before = kind.snapshot().apply(record);
		try {
			change.accept(record);
		}
		catch (DomainRuleViolation ex) {
			throw problem.apply(ex);
		}
		EntityManager em = Objects.requireNonNull(entityManager);
		long version;
		List<AuditTrail.FieldChange> changes;
		try {
			em.flush();
			changes = AuditTrail.differences(before, kind.snapshot().apply(record));
			version = kind.version().applyAsLong(record);
			if (changes.isEmpty()) {
				// saved as it was (a number written differently is the same value):
				// nothing
				// to record
				return record;
			}
			if (version == seenVersion) {
				em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
				version = seenVersion + 1;
			}
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
		audit.record(actor, kind.audited(), id, version, action, changes);
		return record;
	}

	/**
	 * Removes a record, inside the caller's transaction: the version the person started
	 * from checked, the removal audited with every field it had, then deleted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E> void remove(Kind<E> kind, E record, long seenVersion, AuditTrail.Actor actor) {
		long id = kind.id().applyAsLong(record);
		StaleEditException.requireVersion(kind.version().applyAsLong(record), seenVersion, audit, kind.audited(), id);
		audit.record(actor, kind.audited(), id, kind.version().applyAsLong(record), "REMOVED",
				AuditTrail.differences(kind.snapshot().apply(record), Map.of()));
		EntityManager em = Objects.requireNonNull(entityManager);
		try {
			em.remove(record);
			em.flush();
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/**
	 * Records a step in a record's life that is not a change of its fields through
	 * {@link #edit} (a report submitted, a request closed, a row of a list added), inside
	 * the caller's transaction: the one other way, besides {@link #create} and
	 * {@link #edit}, that the audit trail is written ({@code ArchitectureTests} checks).
	 * @param version the record's version after the step, when it has one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void event(AuditTrail.Actor actor, Audited audited, long id, @Nullable Long version, String action,
			List<AuditTrail.FieldChange> changes) {
		audit.record(actor, audited, id, version, action, changes);
	}

	/**
	 * As a repository would say it: a lost race is a ConcurrencyFailureException, a taken
	 * key a DataIntegrityViolationException.
	 */
	private static RuntimeException translated(RuntimeException ex) {
		RuntimeException translated = HIBERNATE.translateExceptionIfPossible(ex);
		return translated != null ? translated : ex;
	}

}
