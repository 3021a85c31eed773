package org.wopplatform.web.common;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.persistence.database.DemoDataConfiguration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the demo accounts and their passwords once the application is up, with the demo
 * data only. The accounts themselves are in the demo-data migration; a test checks that
 * these passwords match the hashes stored there.
 */
@Component
@Profile(DemoDataConfiguration.PROFILE)
public class DemoLogins {

	private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

	public record Login(String email, String password, String role) {
	}

	public static final List<Login> LOGINS = List.of(
			new Login("secretariat@example.org", "demo-secretariat", "secretariat (GWOPA)"),
			new Login("coordinator.africa@example.org", "demo-coordinator", "coordinator of WOP-Africa"),
			new Login("coordinator.asia@example.org", "demo-coordinator", "coordinator of WaterLinks"),
			new Login("staff.mwauwasa@example.org", "demo-utility", "utility staff of MWAUWASA"),
			new Login("staff.vei@example.org", "demo-utility", "mentor-side staff of VEI"));

	@EventListener(ApplicationReadyEvent.class)
	void print() {
		StringBuilder text = new StringBuilder(
				"Demo data is on. Demo logins (fictional accounts, this database only):");
		for (Login login : LOGINS) {
			text.append(String.format("%n  %-32s password %-18s %s", login.email(), login.password(), login.role()));
		}
		log.info(text.toString());
	}

}
