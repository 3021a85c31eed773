package org.wopplatform.persistence.database;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate settings that hold wherever the persistence module runs (application and
 * tests): the schema comes from Flyway only and Hibernate just checks the mapping against
 * it; lazy collections load in batches instead of one query per row; times are stored in
 * UTC.
 */
@Configuration(proxyBeanMethods = false)
public class HibernateSettings {

	@Bean
	HibernatePropertiesCustomizer wopHibernateSettings() {
		return properties -> {
			properties.put("hibernate.hbm2ddl.auto", "validate");
			properties.put("hibernate.default_batch_fetch_size", "16");
			properties.put("hibernate.jdbc.time_zone", "UTC");
			// New rows get ids from the sequence's current value upwards (1000, 1001...).
			properties.put("hibernate.id.optimizer.pooled.preferred", "pooled-lo");
		};
	}

}
