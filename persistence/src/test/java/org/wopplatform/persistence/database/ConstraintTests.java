package org.wopplatform.persistence.database;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.organisation.OrganisationType;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.persistence.organisation.OrganisationRepository;
import org.wopplatform.persistence.partnership.PartnershipRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself rejects bad rows, whatever wrote them (an import, a script, a bug):
 * the rules live in the schema too, not only in Java. Each test rolls back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ConstraintTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PartnershipRepository partnerships;

	@Autowired
	private OrganisationRepository organisations;

	private void rejects(String sql) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aSecondPartnershipWithTheSameReferenceCodeIsRejected() {
		Organisation mentor = organisations
			.save(new Organisation("Test mentor utility", OrganisationType.UTILITY, null));
		Organisation mentee = organisations
			.save(new Organisation("Test mentee utility", OrganisationType.UTILITY, null));
		partnerships.saveAndFlush(Partnership.wop("TEST-DUPLICATE", "First", mentor, mentee));

		assertThatThrownBy(() -> partnerships.saveAndFlush(Partnership.wop("TEST-DUPLICATE", "Second", mentor, mentee)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aDemoReferenceCodeCannotBeReused() {
		rejects("""
				insert into partnership (id, reference_code, kind, title, status)
				values (nextval('partnership_seq'), 'WWX-VEI-NAKURU', 'WOP', 'Copy', 'PIPELINE')""");
	}

	@Nested
	class Money {

		@Test
		void aNegativeContributionAmountIsRejected() {
			rejects("""
					insert into contribution (id, partnership_id, category, description, amount, currency, position)
					values (nextval('contribution_seq'), 1, 'FINANCING', 'Refund', -1.00, 'USD', 9)""");
		}

		@Test
		void anAmountWithoutCurrencyIsRejected() {
			rejects("""
					insert into contribution (id, partnership_id, category, description, amount, position)
					values (nextval('contribution_seq'), 1, 'FINANCING', 'Grant', 100.00, 9)""");
		}

		@Test
		void aNegativeBudgetIsRejected() {
			rejects("update partnership set budget_amount = -5, budget_currency = 'USD' where id = 1");
		}

		@Test
		void aShareAboveOneHundredPercentIsRejected() {
			rejects("update contribution set share_percent = 120 where share_percent is not null");
		}

		@Test
		void aPositiveAmountWithCurrencyIsAccepted() {
			assertThatCode(() -> jdbc.sql("""
					insert into contribution (id, partnership_id, category, description, amount, currency, position)
					values (nextval('contribution_seq'), 1, 'FINANCING', 'Grant', 100.00, 'USD', 9)""").update())
				.doesNotThrowAnyException();
		}

	}

	@Nested
	class DatesAndCodes {

		@Test
		void aPlannedEndBeforeThePlannedStartIsRejected() {
			rejects("update partnership set planned_start = '2020-01-01', planned_start_precision = 'YEAR', "
					+ "planned_end = '2019-01-01', planned_end_precision = 'YEAR' where id = 1");
		}

		@Test
		void aDateWithoutItsPrecisionIsRejected() {
			rejects("update partnership set planned_start = '2020-01-01', planned_start_precision = null where id = 1");
		}

		@Test
		void anUnknownStatusIsRejected() {
			rejects("update partnership set status = 'FINISHED' where id = 1");
		}

		@Test
		void anUnknownPartnerRoleIsRejected() {
			rejects("insert into participant (id, partnership_id, organisation_id, role, position) "
					+ "values (nextval('participant_seq'), 1, 20, 'SPONSOR', 9)");
		}

		@Test
		void theSameOrganisationCannotHoldTheSameRoleTwice() {
			rejects("insert into participant (id, partnership_id, organisation_id, role, position) "
					+ "values (nextval('participant_seq'), 1, 1, 'LEAD_MENTOR', 9)");
		}

		@Test
		void anUnknownCountryIsRejected() {
			rejects("update organisation set country_code = 'XX' where id = 1");
		}

		@Test
		void aDuplicateWorkingAreaCodeIsRejected() {
			rejects("insert into working_area (code, sort_order, name_en) values ('NRW', 99, 'Again')");
		}

	}

	@Nested
	class Accounts {

		@Test
		void anEmailAddressIsUniqueWhateverItsCase() {
			rejects("insert into user_account (id, email, display_name, password_hash, role) "
					+ "values (nextval('user_account_seq'), 'SECRETARIAT@example.org', 'Twin', '{noop}x', 'SECRETARIAT')");
		}

		@Test
		void aCoordinatorNeedsARegionalPlatform() {
			rejects("insert into user_account (id, email, display_name, password_hash, role) "
					+ "values (nextval('user_account_seq'), 'lost@example.org', 'Lost', '{noop}x', 'COORDINATOR')");
		}

		@Test
		void utilityStaffNeedAnOrganisation() {
			rejects("insert into user_account (id, email, display_name, password_hash, role) "
					+ "values (nextval('user_account_seq'), 'alone@example.org', 'Alone', '{noop}x', 'UTILITY_STAFF')");
		}

		@Test
		void auditChangesMustBeAJsonObject() {
			rejects("insert into audit_event (id, actor_name, entity_type, entity_id, action, changes) "
					+ "values (nextval('audit_event_seq'), 'test', 'Partnership', 1, 'UPDATE', 'not json')");
		}

	}

}
