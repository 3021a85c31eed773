package org.wopplatform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * WOP Platform: brokering and tracking of Water Operators' Partnerships. Lives at the
 * root package so that entities (domain), repositories (persistence) and pages (web) are
 * all found.
 */
@SpringBootApplication
public class WopPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(WopPlatformApplication.class, args);
	}

}
